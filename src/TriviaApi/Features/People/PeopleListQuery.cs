using FluentValidation;
using TriviaApi.Api;

namespace TriviaApi.Features.People;

/// <summary>Filters, sorting and paging of people; filters combine with AND.</summary>
public sealed class PeopleListQuery : ListQuery
{
    /// <summary>Words of the name, case- and accent-insensitive.</summary>
    /// <example>gosling</example>
    public string? Q { get; set; }

    /// <summary>A film the person is credited on or named in the trivia of, by id or slug.</summary>
    /// <example>la-la-land</example>
    public IdOrSlug? Film { get; set; }

    /// <summary>A profession, in Portuguese, accents optional: <c>compositor</c>, <c>atriz</c>, <c>figurinista</c>.</summary>
    /// <example>pianista</example>
    public string? Profession { get; set; }
}

public sealed class PeopleListQueryValidator : ListQueryValidator<PeopleListQuery>
{
    public PeopleListQueryValidator()
        : base(PeopleQueries.Sorting.Fields)
    {
        RuleFor(q => q.Q).SearchText("q");
        RuleFor(q => q.Profession).SearchText("profession");
    }
}
