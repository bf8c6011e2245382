using Microsoft.EntityFrameworkCore;
using TriviaApi.Domain;
using TriviaApi.Search.Querying;

namespace TriviaApi.Facts;

/// <summary>
/// The facts a filter allows, to count, to pick one by its position in id order, and to draw from at random. Without
/// a search they are a query of the database, sampled by <see cref="FactSampler"/>; with one, the ids the search
/// index matched (<see cref="MatchingFacts"/>), so only the ids picked are ever read from the database.
/// </summary>
public sealed class FactPool
{
    private readonly IQueryable<TriviaFact>? _rows;
    private readonly FactSampler? _sampler;
    private readonly MatchingFacts? _matching;

    internal FactPool(IQueryable<TriviaFact> rows, FactSampler sampler) => (_rows, _sampler) = (rows, sampler);

    internal FactPool(MatchingFacts matching) => _matching = matching;

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        _matching?.Count ?? await _rows!.CountAsync(cancellationToken);

    public async Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        _matching is not null ? _matching.Count > 0 : await _rows!.AnyAsync(cancellationToken);

    /// <summary>The id at <paramref name="position"/> (from 0) in ascending id order; the position must be below the count.</summary>
    public async Task<int> IdAtAsync(int position, CancellationToken cancellationToken) =>
        _matching?.IdAt(position) ?? await _rows!.OrderBy(f => f.Id).Skip(position).Select(f => f.Id).FirstAsync(cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> distinct ids drawn uniformly at random, leaving out <paramref name="excluded"/>
    /// (the facts a session has been shown); fewer only when fewer are left.
    /// </summary>
    public async Task<List<int>> DrawAsync(int count, Random random, IReadOnlyCollection<int>? excluded, CancellationToken cancellationToken)
    {
        if (_matching is null)
        {
            var rows = excluded is null ? _rows! : _rows!.Where(f => !excluded.Contains(f.Id));
            return await _sampler!.DrawAsync(rows, count, random, cancellationToken);
        }

        var left = excluded is null ? _matching : _matching.Without(excluded);
        return left.Draw(count, random);
    }
}
