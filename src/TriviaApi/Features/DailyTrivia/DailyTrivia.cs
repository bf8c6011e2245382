using TriviaApi.Facts;

namespace TriviaApi.Features.DailyTrivia;

/// <summary>The fact of the day: the same for everyone asking with the same date and filters.</summary>
/// <param name="Date">The day, <c>YYYY-MM-DD</c> (Brasília time).</param>
/// <param name="Fact">The day's fact.</param>
public sealed record DailyTrivia(string Date, TriviaFactResponse Fact);
