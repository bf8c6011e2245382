using TriviaApi.Text;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// A person or a film that can be an answer or a distractor, as the database knows it.
/// </summary>
/// <param name="Id">The person's or the film's id; two candidates with one id are one entity.</param>
/// <param name="Name">A person's name or a film's Portuguese title, verbatim: "Meryl Streep", "Noites de Verão".</param>
/// <param name="OriginalTitle">A film's original title, which facts may write instead of the Portuguese one; null for people.</param>
/// <param name="Year">A film's year; null for people.</param>
/// <param name="Professions">A person's professions in Portuguese ("atriz", "compositor"); empty for films.</param>
/// <param name="Mentions">How many facts of the corpus name this person or film: its popularity.</param>
public sealed record QuizCandidate(
    int Id,
    string Name,
    string? OriginalTitle,
    int? Year,
    IReadOnlyList<string> Professions,
    int Mentions)
{
    /// <summary>The professions without case or accents, as distractors compare them: folded once, not for every question.</summary>
    public IReadOnlyList<string> FoldedProfessions { get; } = [.. Professions.Select(TextFolding.FoldAccents)];

    /// <summary>The grammatical genders the professions give (<see cref="QuizVocabulary.GenderOf"/>), found once.</summary>
    public IReadOnlySet<char> Genders { get; } = GendersOf(Professions);

    /// <summary>The name as names are compared (<see cref="TextFolding.MatchKey"/>), made once.</summary>
    public string NameKey { get; } = TextFolding.MatchKey(Name);

    private static HashSet<char> GendersOf(IEnumerable<string> professions) =>
        professions.Select(TextFolding.FoldAccents).Select(QuizVocabulary.GenderOf).OfType<char>().ToHashSet();
}
