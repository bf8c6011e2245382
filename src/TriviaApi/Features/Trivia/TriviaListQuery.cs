using FluentValidation;
using TriviaApi.Api;
using TriviaApi.Search;

namespace TriviaApi.Features.Trivia;

/// <summary>Filters, sorting and paging of trivia facts; filters combine with AND.</summary>
public sealed class TriviaListQuery : ListQuery
{
    public static readonly string[] SortFields = ["relevance", "id", "year"];
    public static readonly string[] FacetNames = ["tag", "person", "film"];

    /// <summary>
    /// Full-text search, case- and accent-insensitive, plurals folded (<c>premio</c> finds "prêmios"). Words are ANDed;
    /// <c>"a phrase"</c>, <c>-excluded</c>, <c>prefix*</c> and <c>OR</c> work as in web search. Sorts by relevance unless <c>sort</c> says otherwise.
    /// </summary>
    /// <example>piano gosling</example>
    public string? Q { get; set; }

    /// <summary>Counts of the matching facts to return beside the page, comma-separated: <c>tag</c>, <c>person</c>, <c>film</c>.</summary>
    /// <example>tag,person</example>
    public string? Facets { get; set; }

    /// <summary>Subject film, by id or slug.</summary>
    /// <example>la-la-land</example>
    public string? Film { get; set; }

    /// <summary>A person the fact mentions, by id or slug.</summary>
    /// <example>ryan-gosling</example>
    public string? Person { get; set; }

    /// <summary>A film or person the fact mentions, by id or slug.</summary>
    /// <example>cantando-na-chuva-1952</example>
    public string? Mentions { get; set; }

    /// <summary>Topic slug; repeat it to require several topics (<c>tag=music&amp;tag=casting</c>).</summary>
    /// <example>music</example>
    public string[]? Tag { get; set; }

    /// <summary>Earliest year of the subject film.</summary>
    /// <example>2000</example>
    public int? YearFrom { get; set; }

    /// <summary>Latest year of the subject film.</summary>
    /// <example>2020</example>
    public int? YearTo { get; set; }

    /// <summary>Whether anything but the search narrows the list.</summary>
    public bool HasFilters => Film is not null || Person is not null || Mentions is not null || Tag is { Length: > 0 } || YearFrom is not null || YearTo is not null;

    /// <summary>The sort asked for, else relevance when searching, else id.</summary>
    public SortOrder SortOrder => SortOrder.Parse(Sort, Q is null ? "id" : "relevance");

    /// <summary>Opaque cursor from a previous page's <c>nextCursor</c>: keyset paging, as fast on the last page as on the first. Replaces <c>page</c>.</summary>
    public string? Cursor { get; set; }
}

public sealed class TriviaListQueryValidator : ListQueryValidator<TriviaListQuery>
{
    public TriviaListQueryValidator()
        : base(TriviaListQuery.SortFields)
    {
        RuleFor(q => q.Film).IdOrSlugValue("film");
        RuleFor(q => q.Person).IdOrSlugValue("person");
        RuleFor(q => q.Mentions).IdOrSlugValue("mentions");
        RuleForEach(q => q.Tag).Must(t => t is not null && TriviaApi.Text.Slug.IsWellFormed(t)).WithMessage("tag must be a tag slug, such as music.");
        RuleFor(q => q.YearFrom).YearValue("yearFrom");
        RuleFor(q => q.YearTo).YearValue("yearTo");
        this.YearRange(q => q.YearFrom, q => q.YearTo);
        RuleFor(q => q.Q).SearchText("q").DependentRules(() =>
            RuleFor(q => q.Q).Custom((text, context) =>
            {
                if (text is not null && !SearchQuery.TryParse(text, out _, out var problem))
                {
                    context.AddFailure("q", problem);
                }
            }));
        RuleFor(q => q.Sort).Must((q, sort) => q.Q is not null || SortOrder.Parse(sort, "id").Field != "relevance")
            .WithMessage("sort=relevance needs a search: give q.");
        RuleFor(q => q.Facets)
            .Must(f => f is null || f.Split(',', StringSplitOptions.TrimEntries).All(TriviaListQuery.FacetNames.Contains))
            .WithMessage($"facets must be a comma-separated list of: {string.Join(", ", TriviaListQuery.FacetNames)}.");
        RuleFor(q => q.Cursor)
            .Must((q, cursor) => cursor is null || TriviaCursor.TryParse(cursor, q.SortOrder, out _))
            .WithMessage("cursor must be a nextCursor this list gave out, with the same sort (cursors page by id or year, not relevance).");
    }
}
