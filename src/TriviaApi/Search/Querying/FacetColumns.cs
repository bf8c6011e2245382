using System.Globalization;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// One segment's facts as the <see cref="FacetCounter"/> reads them, from a segment's matches as bits: the runs of
/// documents that share a subject film (facts are written film by film, so a run is counted with a few bit counts,
/// however it falls across blocks of 64); each topic's documents as bits (topics are a short taxonomy, so each is
/// counted with one bit count per block); each document's first and second person, packed
/// (<see cref="PersonColumn"/>), and which documents name more (few do: theirs are read from the whole set). Read from
/// doc values once per segment, when facets first ask.
/// </summary>
internal sealed class FacetColumns
{
    /// <summary>Up to this many distinct topics in a segment are kept as bits; more are counted document by document.</summary>
    private const int MaxTopicSets = 64;

    private FacetColumns(AtomicReader reader, int[] films)
    {
        Documents = films.Length;
        Blocks = (films.Length + 63) >> 6;
        MaxFilm = films.Length == 0 ? -1 : films.Max();
        var starts = new List<int>();
        var runFilms = new List<int>();
        for (var doc = 0; doc < films.Length; doc++)
        {
            if (doc == 0 || films[doc] != films[doc - 1])
            {
                starts.Add(doc);
                runFilms.Add(films[doc]);
            }
        }

        starts.Add(films.Length);
        RunStarts = [.. starts];
        RunFilms = [.. runFilms];

        Tags = IdSets.Read(reader, FactFields.Tags);
        People = IdSets.Read(reader, FactFields.People);
        FirstPeople = PersonColumn.Read(People, nth: 0);
        SecondPeople = PersonColumn.Read(People, nth: 1);
        WithMorePeople = new ulong[Blocks];
        for (var doc = 0; doc < films.Length; doc++)
        {
            if (People.Starts[doc + 1] - People.Starts[doc] > 2)
            {
                WithMorePeople[doc >> 6] |= 1UL << (doc & 63);
            }
        }

        var topics = Tags.Values.Distinct().Order().ToArray();
        if (topics.Length <= MaxTopicSets)
        {
            TopicIds = topics;
            TopicDocs = new ulong[Blocks * topics.Length];
            var slot = topics.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
            for (var doc = 0; doc < films.Length; doc++)
            {
                for (var i = Tags.Starts[doc]; i < Tags.Starts[doc + 1]; i++)
                {
                    TopicDocs[((doc >> 6) * topics.Length) + slot[Tags.Values[i]]] |= 1UL << (doc & 63);
                }
            }
        }
    }

    /// <summary>How many documents the segment has.</summary>
    public int Documents { get; }

    /// <summary>How many blocks of 64 documents the segment has.</summary>
    public int Blocks { get; }

    /// <summary>The largest subject film; -1 when there is none.</summary>
    public int MaxFilm { get; }

    /// <summary>Where each run of documents about one film starts, and after the last, the segment's end.</summary>
    public int[] RunStarts { get; }

    /// <summary>The subject film of each run (<see cref="RunStarts"/>).</summary>
    public int[] RunFilms { get; }

    public IdSets Tags { get; }

    public IdSets People { get; }

    /// <summary>Each document's first person.</summary>
    public PersonColumn FirstPeople { get; }

    /// <summary>Each document's second person.</summary>
    public PersonColumn SecondPeople { get; }

    /// <summary>The documents that name at least three people, as bits.</summary>
    public ulong[] WithMorePeople { get; }

    /// <summary>The segment's topics, when few enough to keep as bits; null otherwise.</summary>
    public int[]? TopicIds { get; }

    /// <summary>
    /// The documents of each of <see cref="TopicIds"/>, as bits, block by block: block b of topic i is at
    /// <c>b × TopicIds.Length + i</c>, so a block of matches is counted against every topic from one stretch of memory.
    /// </summary>
    public ulong[]? TopicDocs { get; }

    /// <summary>The segment's columns; <paramref name="films"/> is its <see cref="FactColumns.Films"/>.</summary>
    public static FacetColumns Read(AtomicReader reader, int[] films) => new(reader, films);

    /// <summary>
    /// The n-th person of every document that names at least n + 1 people: those documents as bits, and their persons
    /// one after another in document order, with no place for the documents that name fewer, in two bytes each while
    /// every id fits. A search with many matches reads a person for most of them, and a column of four bytes for every
    /// document was most of what its facets read from memory.
    /// </summary>
    internal abstract class PersonColumn
    {
        public static PersonColumn Read(IdSets people, int nth)
        {
            var documents = people.Starts.Length - 1;
            var named = new ulong[(documents + 63) >> 6];
            var before = new int[named.Length];
            var persons = new List<int>();
            for (var doc = 0; doc < documents; doc++)
            {
                if ((doc & 63) == 0)
                {
                    before[doc >> 6] = persons.Count;
                }

                if (people.Starts[doc + 1] - people.Starts[doc] > nth)
                {
                    named[doc >> 6] |= 1UL << (doc & 63);
                    persons.Add(people.Values[people.Starts[doc] + nth]);
                }
            }

            return persons.Count == 0 || persons.Max() <= ushort.MaxValue
                ? new Packed<ushort>(named, before, [.. persons.Select(ushort.CreateTruncating)])
                : new Packed<int>(named, before, [.. persons]);
        }

        /// <summary>Counts the person of each of a block's matching documents that has one.</summary>
        public abstract void Count(int[] counts, int block, ulong matches);

        /// <param name="named">The documents that have such a person, as bits.</param>
        /// <param name="before">How many documents before each block have one: block b's first person is persons[before[b]].</param>
        /// <param name="persons">The persons, in document order.</param>
        private sealed class Packed<T>(ulong[] named, int[] before, T[] persons) : PersonColumn
            where T : unmanaged, IBinaryInteger<T>
        {
            public override void Count(int[] counts, int block, ulong matches)
            {
                var (all, first) = (named[block], before[block]);
                for (var rest = matches & all; rest != 0; rest &= rest - 1)
                {
                    var earlier = all & ((1UL << BitOperations.TrailingZeroCount(rest)) - 1);
                    counts[int.CreateTruncating(persons[first + BitOperations.PopCount(earlier)])]++;
                }
            }
        }
    }

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
