namespace TriviaApi.Api.Resources;

/// <summary>A person and how many of the facts in question name them.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Slug.</param>
/// <param name="Name">Name.</param>
/// <param name="Count">Number of facts.</param>
public sealed record PersonCount(int Id, string Slug, string Name, int Count);
