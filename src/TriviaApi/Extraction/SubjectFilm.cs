namespace TriviaApi.Extraction;

/// <summary>What the manifest says about the film a trivia file is about.</summary>
public sealed record SubjectFilm(string Title, string? OriginalTitle, int Year, IReadOnlyList<SubjectCredit> Credits)
{
    public FilmMention AsMention() => new(Title, OriginalTitle, Year);
}
