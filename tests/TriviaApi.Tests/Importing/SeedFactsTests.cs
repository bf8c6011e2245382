using System.Security.Cryptography;
using System.Text;

using Microsoft.EntityFrameworkCore;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>The facts the seed import makes: one per line, verbatim, traceable to its line, each under a topic.</summary>
public class SeedFactsTests(ImportedSeed seed) : IClassFixture<ImportedSeed>
{
    [Fact]
    public async Task Each_of_the_24_lines_becomes_one_fact_with_its_text_verbatim()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(Seed.Lines, await db.Facts.OrderBy(f => f.SourceLine).Select(f => f.Text).ToListAsync());
    }

    [Fact]
    public async Task Every_fact_names_the_seed_file_and_its_line_from_1_to_24()
    {
        await using var db = seed.Database.NewContext();

        Assert.All(await db.Facts.ToListAsync(), f => Assert.Equal(Seed.Lines[f.SourceLine - 1], f.Text));
        Assert.Equal(Enumerable.Range(1, 24), await db.Facts.Where(f => f.SourceFile.FileName == Seed.TextName).Select(f => f.SourceLine).Order().ToListAsync());
    }

    [Fact]
    public async Task Every_fact_is_in_the_language_of_the_manifest()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(["pt-BR"], await db.Facts.Select(f => f.SourceFile.Language).Distinct().ToListAsync());
    }

    [Fact]
    public async Task Every_fact_carries_the_first_128_bits_of_the_sha256_of_its_text_in_lower_case_hex()
    {
        await using var db = seed.Database.NewContext();

        Assert.All(await db.Facts.ToListAsync(), f =>
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(f.Text)))[..32], f.ContentHash));
    }

    [Fact]
    public async Task Every_fact_is_about_the_subject_film()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(["la-la-land"], await db.Facts.Select(f => f.Film.Slug).Distinct().ToListAsync());
    }

    [Fact]
    public async Task Every_fact_has_at_least_one_topic()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(0, await db.Facts.CountAsync(f => !f.Tags.Any()));
    }

    [Theory]
    [InlineData(2, "music")]
    [InlineData(5, "music")]
    [InlineData(9, "music")]
    [InlineData(16, "costumes")]
    [InlineData(7, "awards")]
    [InlineData(18, "festivals")]
    [InlineData(23, "festivals")]
    [InlineData(11, "locations")]
    [InlineData(8, "references")]
    public async Task A_fact_whose_topic_is_plain_is_tagged_with_it(int line, string tag)
    {
        await using var db = seed.Database.NewContext();

        Assert.Contains(tag, await db.FactTags.Where(t => db.Facts.Any(f => f.Id == t.FactId && f.SourceLine == line)).Select(t => t.Tag.Slug).ToListAsync());
    }

    [Fact]
    public void The_report_counts_what_the_import_added()
    {
        Assert.Equal((24, 0, 0, 0), (seed.Report.Facts.Added, seed.Report.Facts.Updated, seed.Report.Facts.Removed, seed.Report.UnchangedFacts));
        Assert.Equal((22, 17, 9), (seed.Report.Films.Added, seed.Report.People.Added, seed.Report.Characters.Added));
    }
}
