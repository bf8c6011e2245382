using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Facts;

/// <summary>
/// Draws distinct facts uniformly at random from a filtered pool without reading the pool: it proposes random ids
/// from the range of fact ids and keeps those the pool holds, so a draw from a million facts reads a few hundred
/// rows, not a million. A pool too sparse for that (one film's facts, a session near exhaustion) is read whole.
/// </summary>
public sealed class FactSampler(TriviaDbContext db)
{
    private const int Rounds = 3;
    private const int MinProposals = 64;
    private const int ProposalsPerFact = 8;

    /// <summary>Up to <paramref name="count"/> distinct fact ids, in random order; fewer only when the pool has fewer.</summary>
    public async Task<List<int>> DrawAsync(IQueryable<TriviaFact> pool, int count, Random random, CancellationToken cancellationToken)
    {
        if (await db.Facts.MinAsync(f => (int?)f.Id, cancellationToken) is not { } min || await db.Facts.MaxAsync(f => (int?)f.Id, cancellationToken) is not { } max)
        {
            return [];
        }

        var drawn = new List<int>(count);
        for (var round = 0; round < Rounds && drawn.Count < count; round++)
        {
            var proposals = Propose(min, max, Math.Max(MinProposals, (count - drawn.Count) * ProposalsPerFact), drawn, random);
            var held = (await pool.Where(f => proposals.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();

            // Taken in the proposals' random order, each accepted id is a uniform pick from what is left.
            drawn.AddRange(proposals.Where(held.Contains).Take(count - drawn.Count));
        }

        if (drawn.Count < count)
        {
            var rest = await pool.Where(f => !drawn.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
            drawn.AddRange(Shuffled(rest, random).Take(count - drawn.Count));
        }

        return drawn;
    }

    private static List<int> Propose(int min, int max, int wanted, List<int> drawn, Random random)
    {
        var span = (long)max - min + 1;
        var proposals = new List<int>();
        var seen = drawn.ToHashSet();
        for (var attempt = 0; proposals.Count < Math.Min(wanted, span - seen.Count) && attempt < wanted * 4; attempt++)
        {
            var id = (int)(min + random.NextInt64(span));
            if (seen.Add(id))
            {
                proposals.Add(id);
            }
        }

        return proposals;
    }

    private static int[] Shuffled(List<int> ids, Random random)
    {
        var shuffled = ids.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }
}
