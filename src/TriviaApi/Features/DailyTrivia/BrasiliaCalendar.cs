namespace TriviaApi.Features.DailyTrivia;

/// <summary>
/// Days as Brazil counts them: the trivia is Brazilian, so "today's fact" turns over at midnight in Brasília
/// (UTC−3, without daylight saving since 2019), not at midnight UTC.
/// </summary>
public sealed class BrasiliaCalendar(TimeProvider clock)
{
    private static readonly TimeZoneInfo Brasilia = FindBrasilia();

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>How long until the day ends in Brasília.</summary>
    public TimeSpan UntilEndOf(DateOnly day)
    {
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Brasilia.GetUtcOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        return end - Now;
    }

    private DateTimeOffset Now => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brasilia);

    // Slim container images may lack the time zone database; Brasília's offset has been fixed since 2019.
    private static TimeZoneInfo FindBrasilia() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Sao_Paulo", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Brasília", TimeSpan.FromHours(-3), "Brasília", "Brasília");
}
