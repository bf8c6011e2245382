namespace TriviaApi.Search.Index;

/// <summary>The fields of the index's documents: one per fact, one per film, person and topic name.</summary>
public static class FactFields
{
    /// <summary>
    /// The id: on a fact, a numeric field for ranges, whose full-precision term names its one document, for replacing or
    /// deleting it (<see cref="IndexedFact.Term"/>) and for reading the ids back to sort and to answer
    /// (<see cref="FactIds"/>); on a name, a stored value.
    /// </summary>
    public const string Id = "id";

    /// <summary>
    /// The id's numeric field indexes its value at every shift that is a multiple of this (four terms a fact): half
    /// the terms of Lucene's default step of 4, while a range of ids still reads at most a few hundred terms. Indexes
    /// made with the default step hold these shifts too, so the ranges built with it read them alike.
    /// </summary>
    public const int IdPrecisionStep = 8;

    /// <summary>The fact's text, analyzed, and stored for the hits' snippets.</summary>
    public const string Text = "text";

    /// <summary>The names the fact links to (its film, people, films, characters, topics), analyzed; weighted above the text.</summary>
    public const string Names = "names";

    /// <summary>
    /// The subject film's id: a term for filtering, and sorted doc values of the same text for facets and columns.
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

    /// <summary>The ids of the people the fact mentions: terms, and sorted-set doc values for facets.</summary>
    public const string People = "person";

    /// <summary>The ids of the films the fact mentions.</summary>
    public const string MentionedFilms = "mentionedFilm";

    /// <summary>The ids of the fact's topics: terms, and sorted-set doc values for facets.</summary>
    public const string Tags = "tag";

    /// <summary>A name document's kind (film, person or tag), stored; absent on facts.</summary>
    public const string Kind = "kind";

    /// <summary>A film's titles, a person's name or a topic's names, analyzed.</summary>
    public const string Name = "name";

    /// <summary>
    /// The layout of the documents above, recorded in every commit (<see cref="FormatKey"/>): an index of another
    /// layout (such as one with numeric doc values for the film and year, before 2, or for the id, before 3) is rebuilt
    /// as a stale one is.
    /// </summary>
    public const string Format = "3";

    /// <summary>The commit's user-data key for <see cref="Format"/>.</summary>
    public const string FormatKey = "documentFormat";

    /// <summary>How much a match in a linked name weighs against one in the text.</summary>
    public const float NameBoost = 4f;
}
