using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Counts the matching facts by topic, person and subject film from doc values, in the same pass that collects the
/// page of hits.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly Dictionary<int, int> _tags = [];
    private readonly Dictionary<int, int> _people = [];
    private int[] _films = new int[1024];
    private SegmentOrds _segmentTags;
    private SegmentOrds _segmentPeople;
    private int[]? _film;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segmentTags.FlushInto(_tags);
        _segmentPeople.FlushInto(_people);
        _segmentTags = new SegmentOrds(context.AtomicReader.GetSortedSetDocValues(FactFields.Tags));
        _segmentPeople = new SegmentOrds(context.AtomicReader.GetSortedSetDocValues(FactFields.People));
        _film = FactColumns.Of(context.AtomicReader).Films;
    }

    public void Collect(int doc)
    {
        _segmentTags.Count(doc);
        _segmentPeople.Count(doc);
        if (_film is not null)
        {
            // By id in an array: film ids are dense, and a search of common words counts most of the index.
            var film = _film[doc];
            if (film >= _films.Length)
            {
                Array.Resize(ref _films, Math.Max(film + 1, _films.Length * 2));
            }

            _films[film]++;
        }
    }

    public FactFacetCounts Counts()
    {
        _segmentTags.FlushInto(_tags);
        _segmentPeople.FlushInto(_people);
        _segmentTags = default;
        _segmentPeople = default;
        var films = new Dictionary<int, int>();
        for (var film = 0; film < _films.Length; film++)
        {
            if (_films[film] > 0)
            {
                films[film] = _films[film];
            }
        }

        return new FactFacetCounts(_tags, _people, films);
    }

    /// <summary>One segment's counts by ordinal, turned into ids when the segment is done.</summary>
    private struct SegmentOrds(SortedSetDocValues? values)
    {
        private readonly int[] _counts = values is null ? [] : new int[values.ValueCount];

        public readonly void Count(int doc)
        {
            if (values is null)
            {
                return;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                _counts[ord]++;
            }
        }

        public readonly void FlushInto(Dictionary<int, int> counts)
        {
            if (values is null)
            {
                return;
            }

            var term = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var id = int.Parse(term.Utf8ToString(), System.Globalization.CultureInfo.InvariantCulture);
                    counts[id] = counts.GetValueOrDefault(id) + _counts[ord];
                }
            }
        }
    }
}
