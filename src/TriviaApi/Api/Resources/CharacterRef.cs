namespace TriviaApi.Api.Resources;

/// <summary>A character a fact mentions.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Slug, e.g. <c>gwen-stacy</c>.</param>
/// <param name="Name">Name as first written.</param>
public sealed record CharacterRef(int Id, string Slug, string Name);
