using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.DailyTrivia;

/// <summary>A fact of the day, for a site's sidebar or a bot's morning message.</summary>
[ApiController]
[Route("api/v1/trivia/daily")]
public sealed class DailyTriviaController(DailyTriviaQueries daily, BrasiliaCalendar calendar) : ControllerBase
{
    /// <summary>Gets the fact of a day: the same for everyone asking with that date and those filters.</summary>
    /// <remarks>
    /// Days turn over at midnight in Brasília. Today's fact may be cached until then (<c>Cache-Control</c> says how long).
    /// Example: <c>/api/v1/trivia/daily?film=la-la-land&amp;date=2026-11-29</c>.
    /// </remarks>
    /// <response code="200">The day's fact.</response>
    /// <response code="404">No fact matches the filters.</response>
    [HttpGet]
    public DailyTrivia Get([FromQuery] DailyTriviaQuery query)
    {
        var today = calendar.Today;
        var day = query.Date?.Day ?? today;
        var fact = daily.Pick(query, day);

        // Today's fact holds until midnight in Brasília; another day's only changes when an import does.
        var lifetime = day == today ? calendar.UntilEndOf(day) : TimeSpan.FromDays(1);
        Response.CacheFor(lifetime);
        return fact;
    }
}
