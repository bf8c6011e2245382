using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TriviaApi.Text;

namespace TriviaApi.Api;

/// <summary>A day written <c>YYYY-MM-DD</c>, parsed as it is bound; the OpenAPI document declares it <c>format: date</c>.</summary>
public sealed record CalendarDay(DateOnly Day) : IQueryValue<CalendarDay>
{
    public const string Format = "yyyy-MM-dd";

    public const string Problem = "date must be a calendar date written YYYY-MM-DD, such as 2026-11-29.";

    public static bool TryParse(string text, [NotNullWhen(true)] out CalendarDay? value, out string problem)
    {
        value = DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? new CalendarDay(day) : null;
        problem = value is null ? Problem : "";
        return value is not null;
    }

    static CalendarDay IParsable<CalendarDay>.Parse(string s, IFormatProvider? provider) =>
        TryParse(s, out var day, out var problem) ? day : throw new FormatException(problem);

    static bool IParsable<CalendarDay>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CalendarDay result) =>
        TryParse(s ?? "", out result, out _);

    public override string ToString() => Day.ToString(Format, CultureInfo.InvariantCulture);
}
