using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The live facts a list's filters by id allow (<see cref="LuceneQueries.Only"/> less its years and cursor), one
/// bit per document across the index (<see cref="FactPlaces"/>' numbering). A set that holds at least one fact in
/// <see cref="Share"/> is kept per index version, so a list by a topic reads its postings once, not on every page.
/// </summary>
internal static class FilterSets
{
    /// <summary>A set is kept when at least one document in this many is in it.</summary>
    private const int Share = 64;

    /// <summary>At most this many sets are kept per index version (an eighth of a byte per document each).</summary>
    private const int MaxKept = 64;

    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, FilterSet>> Kept = new();

    /// <summary>
    /// The set of a filter by id (no years) when it may hold at least one document in <see cref="Share"/>, as its
    /// terms' counts tell before any is read; null for a rarer one, which Lucene's leapfrog of postings serves better.
    /// </summary>
    public static FilterSet? Common(IndexSearcher searcher, FactFilter byId)
    {
        var reader = searcher.IndexReader;
        long Count(Func<int, Term> key, int? id) => id is { } value ? reader.DocFreq(key(value)) : long.MaxValue;
        var most = new[]
        {
            Count(FactKeys.Film, byId.FilmId),
            Count(FactKeys.Person, byId.PersonId),
            byId.Mentions is var (film, person) ? (film is null ? 0 : Count(FactKeys.MentionedFilm, film)) + (person is null ? 0 : Count(FactKeys.Person, person)) : long.MaxValue,
            (byId.TagIds ?? []).Select(t => Count(FactKeys.Tag, t)).DefaultIfEmpty(long.MaxValue).Min(),
        }.Min();
        return most * Share < reader.MaxDoc ? null : Of(searcher, LuceneQueries.Only(byId, new FactOrder(FactSortField.Id)));
    }

    /// <summary>The set of the documents <paramref name="allowed"/> (a constant-score query of filters) matches.</summary>
    public static FilterSet Of(IndexSearcher searcher, Query allowed)
    {
        var kept = Kept.GetOrCreateValue(searcher.IndexReader);
        var key = allowed.ToString();
        lock (kept)
        {
            if (kept.TryGetValue(key, out var set))
            {
                return set;
            }
        }

        var made = Read(searcher, allowed);
        if ((long)made.Count * Share >= searcher.IndexReader.MaxDoc)
        {
            lock (kept)
            {
                if (kept.Count < MaxKept)
                {
                    kept.TryAdd(key, made);
                }
            }
        }

        return made;
    }

    private static FilterSet Read(IndexSearcher searcher, Query allowed)
    {
        var bits = new ulong[(searcher.IndexReader.MaxDoc + 63) >> 6];
        var weight = searcher.CreateNormalizedWeight(allowed);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                var global = leaf.DocBase + doc;
                bits[global >> 6] |= 1UL << (global & 63);
            }
        }

        return new FilterSet(bits);
    }
}

/// <summary>Documents as bits (document d is bit d % 64 of <see cref="Bits"/>[d / 64]), and how many.</summary>
internal sealed class FilterSet(ulong[] bits)
{
    public ulong[] Bits { get; } = bits;

    public int Count { get; } = bits.Sum(b => BitOperations.PopCount(b));

    public bool Contains(int doc) => (Bits[doc >> 6] & (1UL << (doc & 63))) != 0;

    /// <summary>
    /// The <paramref name="count"/> (up to 64) documents from <paramref name="start"/> on, as bits from the lowest: a
    /// segment's block of 64, whose first document need not start a word of <see cref="Bits"/>.
    /// </summary>
    public ulong Block(int start, int count)
    {
        var (word, shift) = (start >> 6, start & 63);
        var bits = Bits[word] >> shift;
        if (shift != 0 && word + 1 < Bits.Length)
        {
            bits |= Bits[word + 1] << (64 - shift);
        }

        return count >= 64 ? bits : bits & ((1UL << count) - 1);
    }
}
