using TriviaApi.Extraction;
using TriviaApi.Text;

namespace TriviaApi.Benchmarks.Extraction;

/// <summary>
/// What extraction found in one file, over all its facts: the people, films and characters an import would record
/// for it, each once (names that share a <see cref="TextFolding.MatchKey"/> are one, as the importer treats them).
/// </summary>
public sealed record ExtractedNames(IReadOnlyList<string> People, IReadOnlyList<FilmMention> Films, IReadOnlyList<string> Characters)
{
    public static ExtractedNames From(IEnumerable<FactMentions> facts)
    {
        var all = facts.ToList();
        return new ExtractedNames(
            all.SelectMany(f => f.People).Select(p => p.Name).DistinctBy(TextFolding.MatchKey).ToList(),
            all.SelectMany(f => f.Films).DistinctBy(f => (TextFolding.MatchKey(f.Title), f.OriginalTitle is null ? null : TextFolding.MatchKey(f.OriginalTitle), f.Year)).ToList(),
            all.SelectMany(f => f.Characters).Select(c => c.Name).DistinctBy(TextFolding.MatchKey).ToList());
    }
}
