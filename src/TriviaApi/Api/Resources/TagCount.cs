using TriviaApi.Domain;

namespace TriviaApi.Api.Resources;

/// <summary>A topic and how many of the facts in question have it.</summary>
/// <param name="Slug">Tag slug.</param>
/// <param name="NamePt">Portuguese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Count">Number of facts.</param>
public sealed record TagCount([property: OneOfValues(typeof(TagTaxonomy), nameof(TagTaxonomy.Slugs))] string Slug, string NamePt, string NameEn, int Count);
