namespace TriviaApi.Domain;

/// <summary>One line of a trivia file: its text verbatim, where it came from, and what it mentions.</summary>
public sealed class TriviaFact
{
    public int Id { get; set; }

    /// <summary>The film the trivia file is about.</summary>
    public int FilmId { get; set; }

    public Film Film { get; set; } = null!;

    public required string Text { get; set; }

    /// <summary>The trivia file the fact was imported from, which also says the text's language.</summary>
    public required int SourceFileId { get; set; }

    public ImportedFile SourceFile { get; set; } = null!;

    /// <summary>1-based line number in <see cref="SourceFile"/>.</summary>
    public required int SourceLine { get; set; }

    /// <summary>SHA-256 of the text, hex: how a re-import recognises an unchanged fact that moved.</summary>
    public required string ContentHash { get; set; }

    public List<FactPerson> People { get; } = [];

    public List<FactFilm> Films { get; } = [];

    public List<FactCharacter> Characters { get; } = [];

    public List<FactTag> Tags { get; } = [];
}
