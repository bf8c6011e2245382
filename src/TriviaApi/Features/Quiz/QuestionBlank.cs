using System.Globalization;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// One way to turn a fact into a question: what is blanked and how the question reads.
/// <see cref="QuestionBlanks.For"/> makes only blanks the rest of the sentence does not give away.
/// </summary>
/// <param name="Fact">The fact the question comes from.</param>
/// <param name="Kind">What the blank stands for.</param>
/// <param name="Entity">The blanked person or film; null for a year.</param>
/// <param name="Year">The blanked year; null for a person or a film.</param>
/// <param name="Question">The fact with every occurrence of the answer replaced by "____".</param>
/// <param name="StatedProfession">
/// The role noun the fact writes right before the blanked person ("o compositor ____"), folded; every option must
/// have it, or the word would rule some out. Null when the text gives none.
/// </param>
public sealed record QuestionBlank(
    QuizFact Fact,
    BlankKind Kind,
    QuizCandidate? Entity,
    int? Year,
    string Question,
    string? StatedProfession)
{
    /// <summary>The correct option as it is shown: a name, "Title (Year)", or a year.</summary>
    public string Answer => Kind switch
    {
        BlankKind.Year => Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        BlankKind.Film when Entity is not null => FilmOption(Entity),
        _ => Entity?.Name ?? "",
    };

    /// <summary>Films are shown with their year, so two films with one title stay two options.</summary>
    public static string FilmOption(QuizCandidate film)
    {
        ArgumentNullException.ThrowIfNull(film);
        return film.Year is { } year ? $"{film.Name} ({year.ToString(CultureInfo.InvariantCulture)})" : film.Name;
    }
}
