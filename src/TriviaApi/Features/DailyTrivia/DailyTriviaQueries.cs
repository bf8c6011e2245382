using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.DailyTrivia;

/// <summary>
/// Picks the fact of a day: the date's hash chooses a position among the filtered facts in id order, so everyone
/// asking on that day with those filters gets the same fact, and the next day an unrelated one.
/// </summary>
public sealed class DailyTriviaQueries(FilteredFacts filtered, FactResponses responses)
{
    public DailyTrivia Pick(DailyTriviaQuery query, DateOnly day)
    {
        var pool = filtered.Pool(query);
        if (pool.Count == 0)
        {
            throw MissingResourceException.NoMatchingFact("fact of the day");
        }

        var id = pool.IdAt((int)(Hash(day) % (ulong)pool.Count));
        var date = day.ToString(CalendarDay.Format, CultureInfo.InvariantCulture);
        return new DailyTrivia(date, responses.Project([id]).Single());
    }

    // A cryptographic hash only for its spread: consecutive dates land far apart, the same on every machine.
    private static ulong Hash(DateOnly day) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.ASCII.GetBytes(day.ToString("O", CultureInfo.InvariantCulture))));
}
