using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Counts the matching facts by topic, person and subject film, in the same pass that collects the page of hits,
/// from the segment's <see cref="FacetColumns"/>, a block of 64 documents at a time: a block's film and topics are
/// counted with a bit count each, its people document by document. Matches handed over one by one (as Lucene's
/// collectors are) are kept as the segment's bits (an array lent by the shared pool: a segment of a million documents
/// needs one of 125 KB, which every such search would otherwise add to the large-object heap) and counted when the
/// segment ends, in any order they come. By id in arrays, since ids are dense and a search of common words counts
/// most of the index.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private int[] _tags = [];
    private int[] _people = [];
    private int[] _films = [];
    private FacetColumns? _segment;
    private ulong[]? _pending;

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
        if (_segment is not { } segment)
        {
            return;
        }

        if (_pending is null || _pending.Length < segment.BlockFilms.Length)
        {
            Return();
            _pending = ArrayPool<ulong>.Shared.Rent(segment.BlockFilms.Length);
            Array.Clear(_pending);
        }

        _pending[doc >> 6] |= 1UL << (doc & 63);
    }

    /// <summary>Counts the matches of a block of 64 documents of the current segment (document d is bit d % 64 of block d / 64).</summary>
    public void CollectBlock(int block, ulong matches)
    {
        if (_segment is not { } segment || matches == 0)
        {
            return;
        }

        if (segment.BlockFilms[block] is var film and >= 0)
        {
            _films[film] += BitOperations.PopCount(matches);
        }
        else
        {
            for (var rest = matches; rest != 0; rest &= rest - 1)
            {
                _films[segment.Films[(block << 6) + BitOperations.TrailingZeroCount(rest)]]++;
            }
        }

        if (segment.TopicDocs is { } topics)
        {
            for (var i = 0; i < topics.Length; i++)
            {
                _tags[segment.TopicIds![i]] += BitOperations.PopCount(matches & topics[i][block]);
            }
        }
        else
        {
            CountAll(_tags, segment.Tags, block, matches);
        }

        var named = matches & segment.WithPeople[block];
        var several = named & segment.WithSeveralPeople[block];
        for (var rest = named & ~several; rest != 0; rest &= rest - 1)
        {
            _people[segment.OnlyPerson[(block << 6) + BitOperations.TrailingZeroCount(rest)]]++;
        }

        CountAll(_people, segment.People, block, several);
    }

    public FactFacetCounts Counts()
    {
        Flush();
        Return();
        return new(new CountsById(_tags), new CountsById(_people), new CountsById(_films));
    }

    /// <summary>Counts the matches collected one by one in the current segment.</summary>
    private void Flush()
    {
        if (_pending is null || _segment is null)
        {
            return;
        }

        for (var block = 0; block < _segment.BlockFilms.Length; block++)
        {
            if (_pending[block] != 0)
            {
                CollectBlock(block, _pending[block]);
                _pending[block] = 0;
            }
        }
    }

    private static void CountAll(int[] counts, FacetColumns.IdSets sets, int block, ulong matches)
    {
        for (var rest = matches; rest != 0; rest &= rest - 1)
        {
            var doc = (block << 6) + BitOperations.TrailingZeroCount(rest);
            for (var i = sets.Starts[doc]; i < sets.Starts[doc + 1]; i++)
            {
                counts[sets.Values[i]]++;
            }
        }
    }

    private void Return()
    {
        if (_pending is not null)
        {
            ArrayPool<ulong>.Shared.Return(_pending);
            _pending = null;
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
