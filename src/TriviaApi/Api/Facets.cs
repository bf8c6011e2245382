using System.Text.Json.Serialization;
using TriviaApi.Api.Resources;

namespace TriviaApi.Api;

/// <summary>"Refine by" counts over a whole filtered list: each present only when asked for.</summary>
/// <param name="Tags">Facts per topic, most first.</param>
/// <param name="People">Facts per person named, most first (top 20).</param>
/// <param name="Films">Facts per subject film, most first (top 20).</param>
public sealed record Facets(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TagCount>? Tags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PersonCount>? People,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FilmCount>? Films);
