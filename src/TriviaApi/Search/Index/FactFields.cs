namespace TriviaApi.Search.Index;

/// <summary>The fields of the index's documents: one per fact, one per film, person and topic name.</summary>
public static class FactFields
{
    /// <summary>
    /// The id: on a fact, numeric terms for ranges, of the block of 256 ids it falls in and of the larger blocks around
    /// it (each shift that is a multiple of <see cref="IdPrecisionStep"/> but the full precision: three terms a fact);
    /// with its place in its block (a <see cref="Keys"/> term, <see cref="FactKeys.IdOffset"/>), they make the id back
    /// (<see cref="FactIds"/>) to sort and to answer, and find its document to replace or delete it
    /// (<see cref="IndexedFact.Documents"/>). No term is one
    /// fact's own: a million distinct terms would have every flushed segment hash, sort and write a term dictionary
    /// entry for each of its documents. On a name, a stored value.
    /// </summary>
    public const string Id = "id";

    /// <summary>
    /// The id's terms are at every shift that is a multiple of this: a range of ids (its ends taken to whole blocks of
    /// 256, <see cref="Querying.LuceneQueries.Ids"/>) reads at most a few hundred terms.
    /// </summary>
    public const int IdPrecisionStep = 8;

    /// <summary>
    /// A fact's exact terms, every kind in one field (<see cref="FactKeys"/>): its subject film, the people, films and
    /// topics it links to, for the filters, and its id's low byte, its place in the block of 256 that <see cref="Id"/>
    /// names. One field, not one a kind: the index writer's work per field and fact outweighed the terms' own.
    /// </summary>
    public const string Keys = "key";

    /// <summary>The fact's text, analyzed, and stored for the hits' snippets.</summary>
    public const string Text = "text";

    /// <summary>The names the fact links to (its film, people, films, characters, topics), analyzed; weighted above the text.</summary>
    public const string Names = "names";

    /// <summary>
    /// The subject film's id: sorted doc values of its digits for facets and columns (and a <see cref="Keys"/> term for
    /// filtering).
    /// Sorted, not numeric: Lucene.Net 4.8 sizes a numeric doc-values field's buffer by a reflective walk at every value
    /// added (a sixth of the index's processor time with three such fields a fact), and sorted doc values, a few
    /// thousand distinct values here, read back once per segment (<c>FactColumns</c>), cost a lookup per value at most.
    /// </summary>
    public const string Film = "film";

    /// <summary>
    /// The subject film's year: sorted doc values only (its four digits, <see cref="Domain.FilmYears"/>, so the text
    /// sorts as the number; sorted for the reason <see cref="Film"/> says), which sorting and the year filters read (a
    /// range is checked match by match); indexing its terms as well would cost every fact a field's worth of terms no
    /// query reads.
    /// </summary>
    public const string Year = "year";

    /// <summary>The ids of the people the fact mentions: sorted-set doc values, for facets (and <see cref="Keys"/> terms).</summary>
    public const string People = "person";

    /// <summary>The ids of the fact's topics: sorted-set doc values for facets (and <see cref="Keys"/> terms).</summary>
    public const string Tags = "tag";

    /// <summary>A name document's kind (film, person or tag), stored; absent on facts.</summary>
    public const string Kind = "kind";

    /// <summary>A film's titles, a person's name or a topic's names, analyzed.</summary>
    public const string Name = "name";

    /// <summary>
    /// The layout of the documents above, recorded in every commit (<see cref="FormatKey"/>): an index of another
    /// layout (such as one with numeric doc values for the film and year, before 2, for the id, before 3, or a
    /// full-precision term for the id, before 4, or a field for each kind of exact term, before 5) is rebuilt as a stale
    /// one is.
    /// </summary>
    public const string Format = "5";

    /// <summary>The commit's user-data key for <see cref="Format"/>.</summary>
    public const string FormatKey = "documentFormat";

    /// <summary>How much a match in a linked name weighs against one in the text.</summary>
    public const float NameBoost = 4f;
}
