using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Counts the matching facts by topic, person and subject film, in the same pass that collects the page of hits,
/// from the segment's <see cref="FactColumns"/>: by id in arrays, since ids are dense and a search of common words
/// counts most of the index.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private int[] _tags = [];
    private int[] _people = [];
    private int[] _films = [];
    private FactColumns.IdSets? _segmentTags;
    private FactColumns.IdSets? _segmentPeople;
    private int[]? _film;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var columns = FactColumns.Of(context.AtomicReader);
        _film = columns.Films;
        _segmentTags = _film is null ? null : columns.Tags(context.AtomicReader);
        _segmentPeople = _film is null ? null : columns.People(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        if (_film is null)
        {
            return;
        }

        Count(ref _films, _film[doc]);
        CountAll(ref _tags, _segmentTags!, doc);
        CountAll(ref _people, _segmentPeople!, doc);
    }

    public FactFacetCounts Counts() => new(ById(_tags), ById(_people), ById(_films));

    private static void CountAll(ref int[] counts, FactColumns.IdSets sets, int doc)
    {
        for (var i = sets.Starts[doc]; i < sets.Starts[doc + 1]; i++)
        {
            Count(ref counts, sets.Values[i]);
        }
    }

    private static void Count(ref int[] counts, int id)
    {
        if (id >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(id + 1, Math.Max(1024, counts.Length * 2)));
        }

        counts[id]++;
    }

    private static Dictionary<int, int> ById(int[] counts)
    {
        var byId = new Dictionary<int, int>();
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                byId[id] = counts[id];
            }
        }

        return byId;
    }
}
