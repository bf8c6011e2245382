namespace TriviaApi.Importing;

/// <summary>A credit in a manifest: who, in what role ("diretor", "atriz"), and which character they played.</summary>
public sealed record ManifestCredit(string? Person, string? Role, string? Character);
