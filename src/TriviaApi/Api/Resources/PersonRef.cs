namespace TriviaApi.Api.Resources;

/// <summary>A person as other resources point to them.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Stable slug, e.g. <c>ryan-gosling</c>.</param>
/// <param name="Name">Name as first written.</param>
public sealed record PersonRef(int Id, string Slug, string Name);
