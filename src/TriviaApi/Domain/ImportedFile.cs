namespace TriviaApi.Domain;

/// <summary>
/// A trivia file as it was when last imported: a hash of its bytes, its manifest's and the build that read them, so
/// that importing it again unchanged is recognised and skipped.
/// </summary>
public sealed class ImportedFile
{
    /// <summary>The file's name, which identifies its facts across imports.</summary>
    public required string FileName { get; set; }

    /// <summary>SHA-256 in lower-case hex.</summary>
    public required string Hash { get; set; }

    public DateTime ImportedAt { get; set; }
}
