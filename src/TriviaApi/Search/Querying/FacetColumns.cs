using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// One segment's facts as the <see cref="FacetCounter"/> reads them, a block of 64 documents at a time: each
/// document's subject film, and the film a whole block shares (facts are written film by film, so most blocks have
/// one); each topic's documents as bits (topics are a short taxonomy, so a block is counted with a few bit counts);
/// each document's people, which documents have any, and which more than one (most name one, read from one array).
/// Read from doc values once per segment, when facets first ask.
/// </summary>
internal sealed class FacetColumns
{
    /// <summary>Up to this many distinct topics in a segment are kept as bits; more are counted document by document.</summary>
    private const int MaxTopicSets = 64;

    private FacetColumns(AtomicReader reader, int[] films)
    {
        Films = films;
        MaxFilm = films.Length == 0 ? -1 : films.Max();
        BlockFilms = new int[(films.Length + 63) >> 6];
        for (var block = 0; block < BlockFilms.Length; block++)
        {
            var (first, end) = (block << 6, Math.Min(films.Length, (block + 1) << 6));
            var film = films[first];
            for (var doc = first + 1; doc < end && film >= 0; doc++)
            {
                film = films[doc] == film ? film : -1;
            }

            BlockFilms[block] = film;
        }

        Tags = IdSets.Read(reader, FactFields.Tags);
        People = IdSets.Read(reader, FactFields.People);
        WithPeople = new ulong[BlockFilms.Length];
        WithSeveralPeople = new ulong[BlockFilms.Length];
        OnlyPerson = new int[films.Length];
        for (var doc = 0; doc < films.Length; doc++)
        {
            var named = People.Starts[doc + 1] - People.Starts[doc];
            if (named > 0)
            {
                WithPeople[doc >> 6] |= 1UL << (doc & 63);
                OnlyPerson[doc] = People.Values[People.Starts[doc]];
            }

            if (named > 1)
            {
                WithSeveralPeople[doc >> 6] |= 1UL << (doc & 63);
            }
        }

        var topics = Tags.Values.Distinct().Order().ToArray();
        if (topics.Length <= MaxTopicSets)
        {
            TopicIds = topics;
            TopicDocs = topics.Select(_ => new ulong[BlockFilms.Length]).ToArray();
            var slot = topics.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
            for (var doc = 0; doc < films.Length; doc++)
            {
                for (var i = Tags.Starts[doc]; i < Tags.Starts[doc + 1]; i++)
                {
                    TopicDocs[slot[Tags.Values[i]]][doc >> 6] |= 1UL << (doc & 63);
                }
            }
        }
    }

    /// <summary>Each document's subject film.</summary>
    public int[] Films { get; }

    /// <summary>The largest of <see cref="Films"/>; -1 when there is none.</summary>
    public int MaxFilm { get; }

    /// <summary>For each block of 64 documents, the subject film all of them share; -1 where they differ.</summary>
    public int[] BlockFilms { get; }

    public IdSets Tags { get; }

    public IdSets People { get; }

    /// <summary>The documents that name at least one person, as bits.</summary>
    public ulong[] WithPeople { get; }

    /// <summary>The documents that name more than one person, as bits.</summary>
    public ulong[] WithSeveralPeople { get; }

    /// <summary>The person a document names when it names exactly one (see <see cref="WithPeople"/>).</summary>
    public int[] OnlyPerson { get; }

    /// <summary>The segment's topics, when few enough to keep as bits; null otherwise.</summary>
    public int[]? TopicIds { get; }

    /// <summary>The documents of each of <see cref="TopicIds"/>, as bits.</summary>
    public ulong[][]? TopicDocs { get; }

    /// <summary>The segment's columns; <paramref name="films"/> is its <see cref="FactColumns.Films"/>.</summary>
    public static FacetColumns Read(AtomicReader reader, int[] films) => new(reader, films);

    /// <summary>A set of ids per document: document d's are <c>Values[Starts[d]..Starts[d + 1]]</c>, each once.</summary>
    internal sealed record IdSets(int[] Starts, int[] Values)
    {
        /// <summary>The largest id; -1 when there is none.</summary>
        public int MaxId { get; } = Values.Length == 0 ? -1 : Values.Max();

        public static IdSets Read(AtomicReader reader, string field)
        {
            var starts = new int[reader.MaxDoc + 1];
            if (reader.GetSortedSetDocValues(field) is not { } values)
            {
                return new IdSets(starts, []);
            }

            var ids = new int[values.ValueCount];
            var term = new BytesRef();
            for (var ord = 0; ord < ids.Length; ord++)
            {
                values.LookupOrd(ord, term);
                ids[ord] = int.Parse(term.Utf8ToString(), CultureInfo.InvariantCulture);
            }

            var all = new List<int>();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                starts[doc] = all.Count;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    all.Add(ids[ord]);
                }
            }

            starts[reader.MaxDoc] = all.Count;
            return new IdSets(starts, [.. all]);
        }
    }
}
