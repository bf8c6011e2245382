using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Counts the matching facts by topic, person and subject film, in the same pass that collects the page of hits,
/// from the segment's <see cref="FacetColumns"/>. The segment's matches, handed over one by one (as Lucene's
/// collectors are) or a block of 64 at a time, are kept as bits (an array lent by the shared pool: a segment of a
/// million documents needs one of 125 KB, which every such search would otherwise add to the large-object heap) and
/// counted when the segment ends: a film's run of documents and a topic's documents with a bit count per block they
/// cover, and people document by document, from the first and second person each names. By id in arrays, since ids
/// are dense and a search of common words counts most of the index.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private int[] _tags = [];
    private int[] _people = [];
    private int[] _films = [];
    private FacetColumns? _segment;
    private ulong[]? _matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var columns = FactColumns.Of(context.AtomicReader);
        _segment = columns.Films is null ? null : columns.Facets(context.AtomicReader);
        if (_segment is not { } segment)
        {
            return;
        }

        Grow(ref _tags, segment.Tags.MaxId);
        Grow(ref _people, segment.People.MaxId);
        Grow(ref _films, segment.MaxFilm);
    }

    public void Collect(int doc)
    {
        if (Matches() is { } matches)
        {
            matches[doc >> 6] |= 1UL << (doc & 63);
        }
    }

    /// <summary>Adds the matches of a block of 64 documents of the current segment (document d is bit d % 64 of block d / 64).</summary>
    public void CollectBlock(int block, ulong matches)
    {
        if (matches != 0 && Matches() is { } kept)
        {
            kept[block] |= matches;
        }
    }

    public FactFacetCounts Counts()
    {
        Flush();
        if (_matches is not null)
        {
            ArrayPool<ulong>.Shared.Return(_matches);
            _matches = null;
        }

        return new(new CountsById(_tags), new CountsById(_people), new CountsById(_films));
    }

    /// <summary>The current segment's matches as bits, cleared; null in a segment without facts.</summary>
    private ulong[]? Matches()
    {
        if (_segment is not { } segment)
        {
            return null;
        }

        if (_matches is null || _matches.Length < segment.Blocks)
        {
            if (_matches is not null)
            {
                ArrayPool<ulong>.Shared.Return(_matches);
            }

            _matches = ArrayPool<ulong>.Shared.Rent(segment.Blocks);
            Array.Clear(_matches);
        }

        return _matches;
    }

    /// <summary>Counts the current segment's matches, and clears them for the next segment.</summary>
    private void Flush()
    {
        if (_matches is null || _segment is not { } segment)
        {
            return;
        }

        var matches = _matches.AsSpan(0, segment.Blocks);
        for (var run = 0; run < segment.RunFilms.Length; run++)
        {
            _films[segment.RunFilms[run]] += CountBetween(matches, segment.RunStarts[run], segment.RunStarts[run + 1]);
        }

        var topics = segment.TopicIds?.Length ?? 0;
        Span<int> byTopic = stackalloc int[topics];
        for (var block = 0; block < matches.Length; block++)
        {
            var matched = matches[block];
            if (matched == 0)
            {
                continue;
            }

            if (segment.TopicDocs is { } topicDocs)
            {
                var topicBlock = topicDocs.AsSpan(block * topics, topics);
                for (var i = 0; i < topicBlock.Length; i++)
                {
                    byTopic[i] += BitOperations.PopCount(matched & topicBlock[i]);
                }
            }
            else
            {
                CountAll(_tags, segment.Tags, block, matched, skip: 0);
            }

            segment.FirstPeople.Count(_people, block, matched);
            segment.SecondPeople.Count(_people, block, matched);
            CountAll(_people, segment.People, block, matched & segment.WithMorePeople[block], skip: 2);
        }

        for (var i = 0; i < topics; i++)
        {
            _tags[segment.TopicIds![i]] += byTopic[i];
        }

        matches.Clear();
    }

    /// <summary>How many of the documents from <paramref name="start"/> to before <paramref name="end"/> are set.</summary>
    private static int CountBetween(ReadOnlySpan<ulong> bits, int start, int end)
    {
        var (first, last) = (start >> 6, (end - 1) >> 6);
        var from = ulong.MaxValue << (start & 63);
        var to = ulong.MaxValue >> (63 - ((end - 1) & 63));
        if (first == last)
        {
            return BitOperations.PopCount(bits[first] & from & to);
        }

        var count = BitOperations.PopCount(bits[first] & from) + BitOperations.PopCount(bits[last] & to);
        for (var word = first + 1; word < last; word++)
        {
            count += BitOperations.PopCount(bits[word]);
        }

        return count;
    }

    /// <summary>Counts every id of each matching document of a block, past its first <paramref name="skip"/>.</summary>
    private static void CountAll(int[] counts, FacetColumns.IdSets sets, int block, ulong matches, int skip)
    {
        for (var rest = matches; rest != 0; rest &= rest - 1)
        {
            var doc = (block << 6) + BitOperations.TrailingZeroCount(rest);
            for (var i = sets.Starts[doc] + skip; i < sets.Starts[doc + 1]; i++)
            {
                counts[sets.Values[i]]++;
            }
        }
    }

    private static void Grow(ref int[] counts, int maxId)
    {
        if (maxId >= counts.Length)
        {
            Array.Resize(ref counts, maxId + 1);
        }
    }
}
