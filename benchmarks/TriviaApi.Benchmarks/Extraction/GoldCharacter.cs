namespace TriviaApi.Benchmarks.Extraction;

/// <summary>A character the gold says a file names, with the actor and the film when the file says them.</summary>
public sealed record GoldCharacter(string Name, string? Actor, string? Film);
