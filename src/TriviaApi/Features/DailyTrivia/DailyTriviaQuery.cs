using FluentValidation;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.DailyTrivia;

/// <summary>The fact of a day, from the facts the filters allow.</summary>
public sealed class DailyTriviaQuery : TriviaFilter
{
    /// <summary>The day, <c>YYYY-MM-DD</c>; today in Brasília when absent.</summary>
    /// <example>2026-11-29</example>
    public CalendarDay? Date { get; set; }
}

public sealed class DailyTriviaQueryValidator : AbstractValidator<DailyTriviaQuery>
{
    public DailyTriviaQueryValidator()
    {
        // The date is parsed as it is bound (CalendarDay).
        Include(new TriviaFilterValidator());
    }
}
