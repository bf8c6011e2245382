using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Features.Quiz;

/// <summary>The extraction lexicon's words, seen from a quiz: which words identify a name, which give a profession.</summary>
internal static class QuizVocabulary
{
    public const string BlankMarker = "____";

    /// <summary>
    /// Whether a folded word of a name identifies it: "moura" does; "de", "la", "the", "grande" do not, since
    /// they turn up in any sentence.
    /// </summary>
    public static bool IsSignificant(string foldedWord) =>
        foldedWord.Length >= 3
        && !Lexicon.FunctionWords.Contains(foldedWord)
        && !Lexicon.TitleConnectors.Contains(foldedWord)
        && !Lexicon.NameParticles.Contains(foldedWord);

    public static bool IsRoleNoun(string foldedWord) => Lexicon.IsRoleNoun(foldedWord);

    /// <summary>
    /// The grammatical gender a profession gives a person, when the lexicon holds both forms: "atriz" and
    /// "diretora" are feminine, "ator" and "diretor" masculine; "pianista" says nothing. Portuguese agrees words
    /// with it ("incluí-la"), so an option of the other gender would be ruled out by the sentence.
    /// </summary>
    public static char? GenderOf(string foldedProfession) => foldedProfession switch
    {
        "atriz" => 'f',
        "ator" => 'm',
        _ when foldedProfession.EndsWith('a') && (IsRoleNoun(foldedProfession[..^1]) || IsRoleNoun(foldedProfession[..^1] + "o")) => 'f',
        _ when foldedProfession.EndsWith('o') && IsRoleNoun(foldedProfession[..^1] + "a") => 'm',
        _ when IsRoleNoun(foldedProfession + "a") => 'm',
        _ => null,
    };

    /// <summary>The year a word is, when it is four digits within <see cref="FilmYears"/>.</summary>
    public static int? YearOf(string foldedWord) =>
        foldedWord.Length == 4 && foldedWord.All(char.IsAsciiDigit) && int.Parse(foldedWord, System.Globalization.CultureInfo.InvariantCulture) is var year
        && FilmYears.Contains(year)
            ? year
            : null;
}
