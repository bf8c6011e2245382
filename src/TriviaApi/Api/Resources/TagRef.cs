using TriviaApi.Domain;

namespace TriviaApi.Api.Resources;

/// <summary>A topic, named in Portuguese and English.</summary>
/// <param name="Slug">Stable slug, e.g. <c>music</c>.</param>
/// <param name="NamePt">Portuguese name, e.g. <c>Música</c>.</param>
/// <param name="NameEn">English name, e.g. <c>Music</c>.</param>
public sealed record TagRef([property: OneOfValues(typeof(TagTaxonomy), nameof(TagTaxonomy.Slugs))] string Slug, string NamePt, string NameEn);
