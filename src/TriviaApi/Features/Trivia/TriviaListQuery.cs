using FluentValidation;
using TriviaApi.Api;

namespace TriviaApi.Features.Trivia;

/// <summary>Filters, sorting and paging of trivia facts; filters combine with AND.</summary>
public sealed class TriviaListQuery : ListQuery
{
    public static readonly string[] SortFields = ["id", "year"];

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
        RuleFor(q => q.Cursor)
            .Must((q, cursor) => cursor is null || TriviaCursor.TryParse(cursor, SortOrder.Parse(q.Sort, "id"), out _))
            .WithMessage("cursor must be a nextCursor this list gave out, with the same sort.");
    }
}
