namespace TriviaApi.Extraction;

/// <summary>A character a fact names, with the film and the actor where the text or the manifest says so.</summary>
public sealed record CharacterMention(string Name, FilmMention? Film, string? ActorName);
