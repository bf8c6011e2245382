using TriviaApi.Text;

namespace TriviaApi.Benchmarks.Extraction;

/// <summary>What a gold annotation calls each name it holds, so a false positive can say what it really is.</summary>
internal sealed class GoldKinds
{
    private readonly Dictionary<string, string> _kinds = [];

    public GoldKinds(GoldAnnotation gold)
    {
        Add(gold.People, "person");
        Add(gold.Films.Select(f => f.Title), "film");
        Add(gold.Characters.Select(c => c.Name), "character");
        Add(gold.Others, "other");
    }

    /// <summary>The name, with what the gold calls it when the gold holds it as another kind than it was found as.</summary>
    public string Describe(string name, string foundAs) => Describe(name, name, foundAs);

    public string Describe(string shown, string name, string foundAs) =>
        _kinds.TryGetValue(TextFolding.MatchKey(name), out var kind) && kind != foundAs ? $"{shown}  (gold: {kind})" : shown;

    private void Add(IEnumerable<string> names, string kind)
    {
        foreach (var name in names)
        {
            _kinds.TryAdd(TextFolding.MatchKey(name), kind);
        }
    }
}
