namespace TriviaApi.Search.Index;

/// <summary>The fields of the index's documents: one per fact, one per film, person and topic name.</summary>
public static class FactFields
{
    /// <summary>
    /// The id: a numeric field for ranges (whose full-precision term names one fact's document, for replacing or deleting
    /// it: <see cref="IndexedFact.Term"/>) and doc values for sorting and reading hits back.
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

    /// <summary>The subject film's id: a term for filtering, doc values for facets.</summary>
    public const string Film = "film";

    /// <summary>
    /// The subject film's year: doc values only, which sorting and the year filters read (a range is checked match by
    /// match); indexing its terms as well would cost every fact a field's worth of terms no query reads.
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

    /// <summary>How much a match in a linked name weighs against one in the text.</summary>
    public const float NameBoost = 4f;
}
