using System.Diagnostics.CodeAnalysis;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Counts indexed by id (ids are dense), read as a dictionary of the ids counted at least once: a facet's counts as
/// <see cref="FacetCounter"/> made them, without copying a film's or a person's count into a hash table per search.
/// </summary>
internal sealed class CountsById(int[] counts) : IReadOnlyDictionary<int, int>
{
    public int Count { get; } = counts.Count(c => c > 0);

    public IEnumerable<int> Keys => this.Select(p => p.Key);

    public IEnumerable<int> Values => this.Select(p => p.Value);

    public int this[int key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No count for id {key}.");

    public bool ContainsKey(int key) => TryGetValue(key, out _);

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out int value)
    {
        value = key >= 0 && key < counts.Length ? counts[key] : 0;
        return value > 0;
    }

    public IEnumerator<KeyValuePair<int, int>> GetEnumerator()
    {
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                yield return new(id, counts[id]);
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
