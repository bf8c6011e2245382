namespace TriviaApi.Importing;

/// <summary>Bad input: says which file, and which line when there is one, so the author can fix it.</summary>
public sealed class ImportException(string file, int? line, string problem) : Exception(line is null ? $"{file}: {problem}" : $"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int? Line { get; } = line;

    public string Problem { get; } = problem;
}
