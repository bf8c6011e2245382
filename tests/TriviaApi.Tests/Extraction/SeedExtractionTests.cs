using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

/// <summary>
/// The seed file read with a manifest that credits nobody: everything below comes from patterns and cue words,
/// which is what the importer has on a film it has never seen.
/// </summary>
public class SeedExtractionTests
{
    private static readonly IReadOnlyList<FactMentions> Facts = TriviaFileExtractor.Extract(
        new SubjectFilm("La La Land: Cantando Estações", "La La Land", 2016, []),
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", "la-la-land.pt-BR.txt")));

    [Fact]
    public void Every_person_of_the_seed_is_found_from_the_text_alone() =>
        Assert.Equal(
            new[]
            {
                "Damien Chazelle", "Emma Stone", "Emma Watson", "Finn Wittrock", "J.K. Simmons", "John Legend", "Justin Hurwitz",
                "Margot Robbie", "Mary Zophres", "Randy Kerber", "Ryan Gosling", "Sam Raimi", "Sandy Powell", "Tom Everett Scott",
                "Tom Hanks", "Will Smith",
            },
            Facts.SelectMany(f => f.People()).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void Every_film_of_the_seed_is_found_with_its_year() =>
        Assert.Equal(21, Facts.SelectMany(f => f.Titles()).Distinct().Count());

    [Fact]
    public void The_characters_cued_in_the_text_are_characters_and_nobody_else_is() =>
        Assert.Equal(
            new[] { "Fera", "Gwen Stacy", "J. Jonah Jameson", "Mia", "Sally Bowles" },
            Facts.SelectMany(f => f.Characters()).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void No_fact_of_the_seed_is_left_without_a_topic() =>
        Assert.All(Facts, f => Assert.NotEmpty(f.TagSlugs));
}
