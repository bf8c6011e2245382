using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Search.Index;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// Every person and film a quiz may offer, with how many facts name each: read once per database generation and
/// shared by every quiz until an import moves it. They change only with an import, and reading them (a count of
/// facts for every film) costs more than the rest of a quiz together; a quiz then asks the database only for the
/// generation and its own facts.
/// </summary>
public sealed class QuizCandidates : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _current;

    /// <summary>The people and films as of the database's current generation.</summary>
    public async Task<Snapshot> GetAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generation = await DatabaseGeneration.ReadAsync(db, cancellationToken);
        if (_current is { } current && current.Generation == generation)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Generation == generation)
            {
                return loaded;
            }

            var people = await db.People
                .Select(p => new QuizCandidate(p.Id, p.Name, null, null, p.Professions, p.TriviaCount))
                .ToListAsync(cancellationToken);
            var films = await db.Films
                .Select(f => new QuizCandidate(f.Id, f.Title, f.OriginalTitle, f.Year, Array.Empty<string>(), db.FactFilms.Count(m => m.FilmId == f.Id) + f.Facts.Count))
                .ToListAsync(cancellationToken);
            return _current = new Snapshot(generation, people, films);
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>The candidates of one generation, by id too.</summary>
    public sealed class Snapshot(long generation, List<QuizCandidate> people, List<QuizCandidate> films)
    {
        public long Generation { get; } = generation;

        public CandidatePool People { get; } = new(people);

        public CandidatePool Films { get; } = new(films);

        public IReadOnlyDictionary<int, QuizCandidate> PeopleById { get; } = people.ToDictionary(p => p.Id);

        public IReadOnlyDictionary<int, QuizCandidate> FilmsById { get; } = films.ToDictionary(f => f.Id);
    }
}
