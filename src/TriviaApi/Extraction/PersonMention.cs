namespace TriviaApi.Extraction;

/// <summary>A person a fact names, with the professions the words before the name give them.</summary>
public sealed record PersonMention(string Name, IReadOnlyList<string> Professions);
