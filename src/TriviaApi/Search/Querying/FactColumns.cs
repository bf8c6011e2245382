using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Each document's id, subject film's year and subject film (0 where it has none) as plain arrays, one set per index
/// segment, read from doc values once and kept as long as the segment lives; its topics and people too, read when
/// facets first ask. Sorting, lists in order and facets read these for every match, and doc values decode them from
/// packed blocks (and topics and people from ordinals to be looked up as text) on every read.
/// </summary>
internal sealed class FactColumns
{
    private static readonly ConditionalWeakTable<object, FactColumns> Segments = new();

    private IdSets? _tags;
    private IdSets? _people;

    private FactColumns(AtomicReader reader)
    {
        Ids = Read(reader, FactFields.Id);
        Years = Read(reader, FactFields.Year);
        Films = reader.GetNumericDocValues(FactFields.Film) is null ? null : Read(reader, FactFields.Film);
    }

    public int[] Ids { get; }

    public int[] Years { get; }

    /// <summary>Null in a segment without facts (only names).</summary>
    public int[]? Films { get; }

    /// <summary>Each document's topics, by id; read through <paramref name="reader"/>, an open reader of this segment, the first time.</summary>
    public IdSets Tags(AtomicReader reader) => LazyInitializer.EnsureInitialized(ref _tags, () => IdSets.Read(reader, FactFields.Tags));

    /// <summary>Each document's people, by id; read as <see cref="Tags"/> are.</summary>
    public IdSets People(AtomicReader reader) => LazyInitializer.EnsureInitialized(ref _people, () => IdSets.Read(reader, FactFields.People));

    /// <summary>The segment's columns; keyed by its core, which deletions leave as it is (doc values are never updated in place here).</summary>
    public static FactColumns Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => new FactColumns(reader));

    private static int[] Read(AtomicReader reader, string field)
    {
        var column = new int[reader.MaxDoc];
        if (reader.GetNumericDocValues(field) is { } values)
        {
            for (var doc = 0; doc < column.Length; doc++)
            {
                column[doc] = (int)values.Get(doc);
            }
        }

        return column;
    }

    /// <summary>A set of ids per document: document d's are <c>Values[Starts[d]..Starts[d + 1]]</c>.</summary>
    internal sealed record IdSets(int[] Starts, int[] Values)
    {
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
