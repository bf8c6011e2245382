namespace TriviaApi.Search;

/// <summary>
/// Which facts can still be among the best <see cref="Depth"/> for a one-word search, whatever the corpus around them.
/// A one-term BM25 rank depends on a fact only through the term's weighted frequency in it (higher is better) and its
/// length in tokens (shorter is better), ties by id. A fact that at least <see cref="Depth"/> others beat on both
/// counts (or equal it and have a lower id) can never reach the first <see cref="Depth"/>, however the average length
/// and the term's rarity change; every other fact is kept (the "K-skyband"). So a first page ranked from what is kept
/// is the first page of the full ranking, exactly.
/// </summary>
public static class TermImpacts
{
    /// <summary>The deepest result a kept list answers: <c>/search</c>'s deepest page.</summary>
    public const int Depth = 1_000;

    /// <summary>Terms matching fewer facts are ranked in full: that takes a few milliseconds.</summary>
    public const int MinFacts = 5_000;

    /// <summary>The facts a one-term ranking can place within <paramref name="depth"/>, by id.</summary>
    public static List<TermImpact> Keep(IEnumerable<TermImpact> facts, int depth = Depth)
    {
        // A common term's list holds most facts: cells built in one pass, and only cells that keep something sorted.
        var cells = new Dictionary<(double Frequency, int Length), List<TermImpact>>();
        foreach (var fact in facts)
        {
            if (!cells.TryGetValue((fact.Frequency, fact.Length), out var cell))
            {
                cells[(fact.Frequency, fact.Length)] = cell = [];
            }

            cell.Add(fact);
        }

        var kept = new List<TermImpact>();
        foreach (var ((frequency, length), cell) in cells)
        {
            // Facts in other cells at least as frequent and as short all outrank this cell.
            var better = 0;
            foreach (var ((otherFrequency, otherLength), other) in cells)
            {
                if (otherFrequency >= frequency && otherLength <= length && (otherFrequency, otherLength) != (frequency, length))
                {
                    better += other.Count;
                }
            }

            if (better < depth)
            {
                kept.AddRange(cell.OrderBy(f => f.FactId).Take(depth - better));
            }
        }

        kept.Sort((a, b) => a.FactId.CompareTo(b.FactId));
        return kept;
    }
}

/// <summary>A fact holding a term: the term's frequency in it, names weighted, and the fact's length in tokens.</summary>
public sealed record TermImpact(int FactId, double Frequency, int Length);
