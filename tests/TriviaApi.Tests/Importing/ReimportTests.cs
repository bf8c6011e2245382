using Microsoft.EntityFrameworkCore;

using TriviaApi.Domain;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>Importing a file again brings the knowledge base in line with it, touching only what changed.</summary>
public sealed class ReimportTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;
    private string _seedCopy = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _seedCopy = _folder.CopySeed();
        await _database.ImportAsync(_seedCopy);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Importing_the_same_seed_again_changes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(_database);

        var report = await _database.ImportAsync(_seedCopy);

        Assert.False(report.ChangedAnything, report.ToString());
        Assert.Equal(24, report.UnchangedFacts);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_database));
    }

    [Fact]
    public async Task Topic_and_person_counts_follow_the_facts_an_import_removes()
    {
        File.WriteAllLines(_seedCopy, Seed.Lines.Take(12));

        await _database.ImportAsync(_seedCopy);

        await using var db = _database.NewContext();
        Assert.Equal(
            await db.FactTags.GroupBy(m => m.TagId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.Tags.Where(t => t.TriviaCount > 0).ToDictionaryAsync(t => t.Id, t => t.TriviaCount));
        Assert.Equal(
            await db.FactPeople.GroupBy(m => m.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.People.Where(p => p.TriviaCount > 0).ToDictionaryAsync(p => p.Id, p => p.TriviaCount));
    }

    [Fact]
    public async Task An_import_leaves_foreign_key_checks_on_for_whoever_uses_its_connection_next()
    {
        await using var db = _database.NewContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal([1L], await db.Database.SqlQuery<long>($"SELECT foreign_keys AS Value FROM pragma_foreign_keys").ToListAsync());
    }

    [Fact]
    public async Task A_file_moved_to_another_film_removes_the_old_one_with_its_credits_and_unlinks_its_characters()
    {
        _folder.WriteManifest(Seed.ManifestName, "Um Outro Filme", 1990);

        var report = await _database.ImportAsync(_seedCopy);

        await using var db = _database.NewContext();
        Assert.False(await db.Films.AnyAsync(f => f.Year == 2016));
        Assert.Equal(1, report.Films.Removed);
        Assert.Empty(await db.Credits.ToListAsync());
        Assert.Empty(await db.Database.SqlQuery<string>($"SELECT [table] AS Value FROM pragma_foreign_key_check").ToListAsync());
    }

    [Fact]
    public async Task An_edited_line_updates_its_fact_in_place()
    {
        var before = await FactAtLineAsync(15);

        var report = await ImportSeedWithAsync(lines => lines[14] = lines[14].Replace("Will Smith", "Jared Leto", StringComparison.Ordinal));

        var after = await FactAtLineAsync(15);
        Assert.Equal(before.Id, after.Id);
        Assert.EndsWith("Margot Robbie e Jared Leto.", after.Text, StringComparison.Ordinal);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal((0, 1, 0, 23), (report.Facts.Added, report.Facts.Updated, report.Facts.Removed, report.UnchangedFacts));
    }

    [Fact]
    public async Task An_edited_lines_links_follow_its_new_text_and_a_person_only_it_named_goes()
    {
        var report = await ImportSeedWithAsync(lines => lines[14] = lines[14].Replace("Will Smith", "Jared Leto", StringComparison.Ordinal));

        Assert.Equal(["Emma Stone", "Jared Leto", "Margot Robbie", "Ryan Gosling"], (await FactAtLineAsync(15)).People.Select(m => m.Person.Name).Order(StringComparer.Ordinal));
        await using var db = _database.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Name == "Will Smith"));
        Assert.Equal((1, 1), (report.People.Added, report.People.Removed));
    }

    [Fact]
    public async Task A_removed_line_removes_its_fact_and_the_people_and_film_only_it_named()
    {
        var report = await ImportSeedWithAsync(lines => lines.RemoveAt(18));

        await using var db = _database.NewContext();
        Assert.False(await db.Facts.AnyAsync(f => f.Text.StartsWith("Tom Everett Scott")));
        Assert.False(await db.People.AnyAsync(p => p.Name.StartsWith("Tom ")));
        Assert.False(await db.Films.AnyAsync(f => f.Year == 1996));
        Assert.Equal((1, 2, 1), (report.Facts.Removed, report.People.Removed, report.Films.Removed));
    }

    [Fact]
    public async Task An_unchanged_line_that_moved_keeps_its_fact_and_takes_its_new_line_number()
    {
        var before = await FactAtLineAsync(20);

        var report = await ImportSeedWithAsync(lines => lines.RemoveAt(18));

        var after = await FactAtLineAsync(19);
        Assert.Equal((before.Id, before.Text), (after.Id, after.Text));
        Assert.Equal((0, 0, 23), (report.Facts.Added, report.Facts.Updated, report.UnchangedFacts));
    }

    [Fact]
    public async Task Swapped_lines_keep_their_facts_and_take_each_others_line_numbers()
    {
        var (first, second) = (await FactAtLineAsync(1), await FactAtLineAsync(2));

        var report = await ImportSeedWithAsync(lines => (lines[0], lines[1]) = (lines[1], lines[0]));

        Assert.Equal((second.Id, first.Id), ((await FactAtLineAsync(1)).Id, (await FactAtLineAsync(2)).Id));
        Assert.False(report.ChangedAnything, report.ToString());
    }

    [Fact]
    public async Task The_last_line_moved_to_the_top_shifts_every_line_and_keeps_every_fact()
    {
        await using var db = _database.NewContext();
        var before = await db.Facts.Select(f => f.Id).Order().ToListAsync();

        var report = await ImportSeedWithAsync(lines => lines.Insert(0, Pop(lines)));

        Assert.Equal(before, await db.Facts.Select(f => f.Id).Order().ToListAsync());
        Assert.Equal(24, report.UnchangedFacts);
    }

    [Fact]
    public async Task A_line_added_at_the_top_is_a_new_fact_and_every_other_keeps_its_own()
    {
        await using var db = _database.NewContext();
        var before = await db.Facts.OrderBy(f => f.SourceLine).Select(f => f.Id).ToListAsync();

        var report = await ImportSeedWithAsync(lines => lines.Insert(0, "O filme custou US$ 30 milhões."));

        Assert.Equal(before, await db.Facts.Where(f => f.SourceLine > 1).OrderBy(f => f.SourceLine).Select(f => f.Id).ToListAsync());
        Assert.Equal((1, 0, 0, 24), (report.Facts.Added, report.Facts.Updated, report.Facts.Removed, report.UnchangedFacts));
    }

    [Fact]
    public async Task A_credit_taken_out_of_the_manifest_takes_away_the_person_and_character_nothing_else_needs()
    {
        _folder.WriteManifest(Seed.ManifestName, string.Join('\n', File.ReadLines(Seed.ManifestPath).Where(l => !l.Contains("Rosemarie", StringComparison.Ordinal))));

        var report = await _database.ImportAsync(_seedCopy);

        await using var db = _database.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Name == "Rosemarie DeWitt"));
        Assert.False(await db.Characters.AnyAsync(c => c.Name == "Laura"));
        Assert.Equal((1, 1, 6), (report.People.Removed, report.Characters.Removed, await db.Credits.CountAsync()));
    }

    [Fact]
    public async Task A_language_changed_in_the_manifest_is_every_fact_of_the_file_s_and_each_keeps_its_id()
    {
        var ids = await IdsByLineAsync();
        _folder.WriteManifest(Seed.ManifestName, File.ReadAllText(Seed.ManifestPath).Replace("\"language\": \"pt-BR\"", "\"language\": \"pt-PT\"", StringComparison.Ordinal));

        var report = await _database.ImportAsync(_seedCopy);

        await using var db = _database.NewContext();
        Assert.Equal((0, 0), (report.Facts.Added, report.Facts.Removed));
        Assert.Equal(ids, await IdsByLineAsync());
        Assert.Equal(["pt-PT"], await db.Facts.Select(f => f.SourceFile.Language).Distinct().ToListAsync());
    }

    private static string Pop(List<string> lines)
    {
        var last = lines[^1];
        lines.RemoveAt(lines.Count - 1);
        return last;
    }

    private async Task<ImportReport> ImportSeedWithAsync(Action<List<string>> edit)
    {
        var lines = Seed.Lines.ToList();
        edit(lines);
        _folder.WriteFacts(Seed.TextName, [.. lines]);
        return await _database.ImportAsync(_seedCopy);
    }

    private async Task<List<int>> IdsByLineAsync()
    {
        await using var db = _database.NewContext();
        return await db.Facts.OrderBy(f => f.SourceLine).Select(f => f.Id).ToListAsync();
    }

    private async Task<TriviaFact> FactAtLineAsync(int line)
    {
        await using var db = _database.NewContext();
        return await db.Facts.Include(f => f.People).ThenInclude(m => m.Person).SingleAsync(f => f.SourceLine == line);
    }
}
