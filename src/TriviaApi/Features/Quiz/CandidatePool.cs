namespace TriviaApi.Features.Quiz;

/// <summary>
/// The people or the films a quiz may offer, arranged once for what every question asks of them: how an answer's
/// popularity ranks (<see cref="QuestionDifficulty"/>), the films nearest a year, and the newest film's year. A pool
/// is read once per database generation and serves every quiz until an import moves it, so a question never sorts
/// or copies the whole pool.
/// </summary>
public sealed class CandidatePool
{
    /// <summary>Each distinct candidate's popularity, in ascending order.</summary>
    private readonly int[] _mentions;

    private readonly Dictionary<int, int> _mentionsById = [];

    /// <summary>The dated candidates by year, ascending (ties in the pool's order), and their years.</summary>
    private readonly QuizCandidate[] _byYear;

    private readonly int[] _years;

    public CandidatePool(IEnumerable<QuizCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        All = [.. candidates];
        foreach (var candidate in All)
        {
            _mentionsById.TryAdd(candidate.Id, candidate.Mentions);
        }

        _mentions = [.. _mentionsById.Values.Order()];
        _byYear = [.. All.Where(c => c.Year is not null).OrderBy(c => c.Year)];
        _years = [.. _byYear.Select(c => c.Year!.Value)];
        NewestYear = _years.Length == 0 ? null : _years[^1];
    }

    public static CandidatePool Empty { get; } = new([]);

    /// <summary>Every candidate, in the order given.</summary>
    public IReadOnlyList<QuizCandidate> All { get; }

    /// <summary>The latest year of a dated candidate; null when none is dated.</summary>
    public int? NewestYear { get; }

    /// <summary>
    /// How many other candidates (by id, the answer's own aside) are named less often than <paramref name="answer"/>
    /// and how many as often, of how many.
    /// </summary>
    public (int Fewer, int AsMany, int Others) RankOf(QuizCandidate answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var fewer = FirstAtLeast(_mentions, answer.Mentions);
        var asMany = FirstAtLeast(_mentions, answer.Mentions + 1) - fewer;
        var others = _mentions.Length;
        if (_mentionsById.TryGetValue(answer.Id, out var own))
        {
            others--;
            if (own < answer.Mentions)
            {
                fewer--;
            }
            else if (own == answer.Mentions)
            {
                asMany--;
            }
        }

        return (fewer, asMany, others);
    }

    /// <summary>
    /// The dated candidates nearest <paramref name="year"/> first, then the closest to <paramref name="mentions"/> in
    /// popularity, then by id: read outward from the year, a year on each side at a time, as far as they are read.
    /// </summary>
    public IEnumerable<QuizCandidate> NearestTo(int year, int mentions)
    {
        var after = FirstAtLeast(_years, year);
        var before = after - 1;
        for (var distance = 0; before >= 0 || after < _byYear.Length; distance++)
        {
            var atDistance = new List<QuizCandidate>();
            for (; before >= 0 && _years[before] == year - distance; before--)
            {
                atDistance.Add(_byYear[before]);
            }

            for (; after < _years.Length && _years[after] == year + distance; after++)
            {
                atDistance.Add(_byYear[after]);
            }

            foreach (var candidate in atDistance.OrderBy(c => Math.Abs(c.Mentions - mentions)).ThenBy(c => c.Id))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>The position of the first of <paramref name="ascending"/> that is at least <paramref name="value"/>.</summary>
    private static int FirstAtLeast(int[] ascending, int value)
    {
        var (low, high) = (0, ascending.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = ascending[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
