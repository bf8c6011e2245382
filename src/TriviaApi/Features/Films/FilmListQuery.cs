using FluentValidation;
using TriviaApi.Api;

namespace TriviaApi.Features.Films;

/// <summary>Filters, sorting and paging of films; filters combine with AND.</summary>
public sealed class FilmListQuery : ListQuery
{
    /// <summary>Words of the title or original title, case- and accent-insensitive: <c>magico</c> finds O Mágico de Oz.</summary>
    /// <example>chuva</example>
    public string? Q { get; set; }

    /// <summary>Release year.</summary>
    /// <example>1952</example>
    public int? Year { get; set; }

    /// <summary>Earliest release year.</summary>
    /// <example>1950</example>
    public int? YearFrom { get; set; }

    /// <summary>Latest release year.</summary>
    /// <example>1969</example>
    public int? YearTo { get; set; }

    /// <summary>A person credited on the film or named in its trivia, by id or slug.</summary>
    /// <example>emma-stone</example>
    public IdOrSlug? Person { get; set; }

    /// <summary>A topic of the film's trivia, by slug.</summary>
    /// <example>music</example>
    public string? Tag { get; set; }
}

public sealed class FilmListQueryValidator : ListQueryValidator<FilmListQuery>
{
    public FilmListQueryValidator()
        : base(FilmQueries.Sorting.Fields)
    {
        RuleFor(q => q.Q).SearchText("q");
        RuleFor(q => q.Year).YearValue("year");
        RuleFor(q => q.YearFrom).YearValue("yearFrom");
        RuleFor(q => q.YearTo).YearValue("yearTo");
        this.YearRange(q => q.YearFrom, q => q.YearTo);
        RuleFor(q => q.Tag).TagSlug("tag");
    }
}
