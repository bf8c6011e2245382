namespace TriviaApi.Extraction;

/// <summary>A film as a fact names it. Year is null when the text gives none (a title that matched a known film).</summary>
public sealed record FilmMention(string Title, string? OriginalTitle, int? Year);

/// <summary>A person a fact names, with the professions the words before the name give them.</summary>
public sealed record PersonMention(string Name, IReadOnlyList<string> Professions);

/// <summary>A character a fact names, with the film and the actor where the text or the manifest says so.</summary>
public sealed record CharacterMention(string Name, FilmMention? Film, string? ActorName);

/// <summary>Everything extraction recognised in one fact; the subject film is implied, never listed.</summary>
public sealed record FactMentions(
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<FilmMention> Films,
    IReadOnlyList<CharacterMention> Characters,
    IReadOnlyList<string> TagSlugs);

/// <summary>What the manifest says about the film a trivia file is about.</summary>
public sealed record SubjectFilm(string Title, string? OriginalTitle, int Year, IReadOnlyList<SubjectCredit> Credits)
{
    public FilmMention AsMention() => new(Title, OriginalTitle, Year);
}

/// <summary>A person credited on the subject film: "Emma Stone", "atriz", playing "Mia".</summary>
public sealed record SubjectCredit(string Person, string Role, string? Character);
