namespace TriviaApi.Benchmarks.Extraction;

/// <summary>A film the gold says a file names: the title as the file writes it, and the year it gives (null: none).</summary>
public sealed record GoldFilm(string Title, int? Year);
