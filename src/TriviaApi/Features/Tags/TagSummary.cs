using TriviaApi.Api;
using TriviaApi.Domain;

namespace TriviaApi.Features.Tags;

/// <summary>A topic of the taxonomy.</summary>
/// <param name="Slug">Stable slug, e.g. <c>music</c>.</param>
/// <param name="NamePt">Portuguese name, e.g. <c>Música</c>.</param>
/// <param name="NameEn">English name, e.g. <c>Music</c>.</param>
/// <param name="Description">What facts it covers.</param>
/// <param name="TriviaCount">Facts with this topic.</param>
public sealed record TagSummary([property: OneOfValues(typeof(TagTaxonomy), nameof(TagTaxonomy.Slugs))] string Slug, string NamePt, string NameEn, string Description, int TriviaCount);
