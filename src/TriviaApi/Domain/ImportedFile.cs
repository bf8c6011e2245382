namespace TriviaApi.Domain;

/// <summary>
/// A trivia file as it was when last imported: a hash of its bytes, its manifest's and the build that read them, so
/// that importing it again unchanged is recognised and skipped. Its facts refer to it by its id, which it keeps across imports.
/// </summary>
public sealed class ImportedFile
{
    public int Id { get; set; }

    /// <summary>The file's name, which identifies it, and so its facts, across imports.</summary>
    public required string FileName { get; set; }

    /// <summary>SHA-256 in lower-case hex; empty for a file whose facts were imported before hashes were recorded.</summary>
    public required string Hash { get; set; }

    /// <summary>BCP 47 language tag of the file's facts, e.g. "pt-BR": the file's manifest or name says it for every line.</summary>
    public required string Language { get; set; }

    public DateTime ImportedAt { get; set; }
}
