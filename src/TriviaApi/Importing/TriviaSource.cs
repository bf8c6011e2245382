using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// A trivia file read and checked, with the film it is about: everything an import needs, before any database work.
/// The lines are read again when the import reaches the file, so a large import holds one file's lines at a time,
/// not the whole corpus.
/// </summary>
/// <param name="FileName">The file's name, which identifies its facts across imports.</param>
/// <param name="FilePath">Where the file is.</param>
/// <param name="Language">BCP 47 language of its facts.</param>
/// <param name="Subject">The film the file is about.</param>
/// <param name="LineCount">How many facts it held when it was checked.</param>
public sealed record TriviaSource(string FileName, string FilePath, string Language, SubjectFilm Subject, int LineCount)
{
    /// <summary>The SHA-256 of its bytes, manifest and reading build, which tells a file unchanged since its last import.</summary>
    public string Hash { get; init; } = "";

    public IReadOnlyList<TriviaLine> ReadLines() => TriviaFileReader.Read(FilePath);

    /// <summary>What extraction finds in each of the file's lines, read as the API shows them (<see cref="TriviaLine.Fact"/>).</summary>
    public IReadOnlyList<FactMentions> Extract(IReadOnlyList<TriviaLine> lines) => TriviaFileExtractor.Extract(Subject, lines.Select(l => l.Fact).ToList());
}
