using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.DailyTrivia;

/// <summary>The fact of a day, from the facts the filters allow.</summary>
public sealed class DailyTriviaQuery : TriviaFilter
{
    public const string DateFormat = CalendarDateValidator<DailyTriviaQuery>.Format;

    /// <summary>The day, <c>YYYY-MM-DD</c>; today in Brasília when absent.</summary>
    /// <example>2026-11-29</example>
    public string? Date { get; set; }

    /// <summary>The day asked for, if it is well formed.</summary>
    [BindNever]
    public DateOnly? Day => DateOnly.TryParseExact(Date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

public sealed class DailyTriviaQueryValidator : AbstractValidator<DailyTriviaQuery>
{
    public DailyTriviaQueryValidator()
    {
        Include(new TriviaFilterValidator());
        RuleFor(q => q.Date).CalendarDate("date");
    }
}
