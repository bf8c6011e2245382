using System.Text.Json.Serialization;
using TriviaApi.Api.Resources;

namespace TriviaApi.Facts;

/// <summary>A trivia fact with everything it mentions.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Text">The fact, verbatim as imported.</param>
/// <param name="Language">BCP 47 language tag, e.g. <c>pt-BR</c>.</param>
/// <param name="Film">The film the fact is about.</param>
/// <param name="People">People the fact names, by name.</param>
/// <param name="Films">Other films the fact names, by title.</param>
/// <param name="Characters">Characters the fact names, by name.</param>
/// <param name="Tags">The fact's topics.</param>
/// <param name="Source">The file and line it was imported from.</param>
/// <param name="Score">Search relevance (BM25, higher is better); only when searching with <c>q</c>.</param>
/// <param name="Snippet">The text around the matched words, HTML-escaped, matches in <c>&lt;mark&gt;</c>; only when searching.</param>
public sealed record TriviaFactResponse(
    int Id,
    string Text,
    string Language,
    FilmRef Film,
    IReadOnlyList<PersonRef> People,
    IReadOnlyList<FilmRef> Films,
    IReadOnlyList<CharacterRef> Characters,
    IReadOnlyList<TagRef> Tags,
    SourceRef Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Snippet = null);
