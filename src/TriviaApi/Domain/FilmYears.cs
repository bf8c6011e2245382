namespace TriviaApi.Domain;

/// <summary>
/// The years a film can have: from 1870, the first moving pictures, to 2100. Manifests, query parameters and
/// quizzes all hold a year to these bounds.
/// </summary>
public static class FilmYears
{
    public const int First = 1870;

    public const int Last = 2100;

    public static bool Contains(int year) => year is >= First and <= Last;
}
