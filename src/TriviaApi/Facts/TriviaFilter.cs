using System.ComponentModel.DataAnnotations;
using FluentValidation;
using TriviaApi.Api;
using TriviaApi.Search;

namespace TriviaApi.Facts;

/// <summary>
/// Which trivia facts a request is about; every filter narrows (AND). The same filters serve lists, random draws,
/// the fact of the day, quizzes and embeddable cards. In every request that derives from it the filters come first
/// (<see cref="FiltersFirst"/>), then the request's own parameters, as the other lists put theirs before sort and paging.
/// </summary>
public class TriviaFilter
{
    /// <summary>The filters' place among a request's parameters: before the default (10,000) of the request's own.</summary>
    public const int FiltersFirst = 0;

    /// <summary>
    /// Full-text search, case- and accent-insensitive, plurals folded (<c>premio</c> finds "prêmios"). Words are ANDed;
    /// <c>"a phrase"</c>, <c>-excluded</c>, <c>prefix*</c> and <c>OR</c> work as in web search.
    /// </summary>
    /// <example>piano gosling</example>
    [Display(Order = FiltersFirst)]
    public SearchQuery? Q { get; set; }

    /// <summary>Subject film, by id or slug.</summary>
    /// <example>la-la-land</example>
    [Display(Order = FiltersFirst)]
    public IdOrSlug? Film { get; set; }

    /// <summary>A person the fact mentions, by id or slug.</summary>
    /// <example>ryan-gosling</example>
    [Display(Order = FiltersFirst)]
    public IdOrSlug? Person { get; set; }

    /// <summary>A film or person the fact mentions, by id or slug.</summary>
    /// <example>cantando-na-chuva-1952</example>
    [Display(Order = FiltersFirst)]
    public IdOrSlug? Mentions { get; set; }

    /// <summary>Topic slug; repeat it to require several topics (<c>tag=music&amp;tag=casting</c>).</summary>
    /// <example>music</example>
    [Display(Order = FiltersFirst)]
    public string[]? Tag { get; set; }

    /// <summary>Earliest year of the subject film.</summary>
    /// <example>2000</example>
    [Display(Order = FiltersFirst)]
    public int? YearFrom { get; set; }

    /// <summary>Latest year of the subject film.</summary>
    /// <example>2020</example>
    [Display(Order = FiltersFirst)]
    public int? YearTo { get; set; }
}

/// <summary>
/// The filters' rules; a request that derives from <see cref="TriviaFilter"/> includes them. <c>q</c> and the ids or
/// slugs are checked as they are bound, by parsing them (<see cref="SearchQuery"/>, <see cref="IdOrSlug"/>).
/// </summary>
public sealed class TriviaFilterValidator : AbstractValidator<TriviaFilter>
{
    public TriviaFilterValidator()
    {
        RuleForEach(q => q.Tag).TagSlug("tag");
        RuleFor(q => q.YearFrom).YearValue("yearFrom");
        RuleFor(q => q.YearTo).YearValue("yearTo");
        this.YearRange(q => q.YearFrom, q => q.YearTo);
    }
}
