namespace TriviaApi.Importing;

/// <summary>A trivia file's bytes and its manifest's as read, unchecked, with the hash that tells them unchanged.</summary>
/// <param name="Name">The file's name, which identifies its facts across imports.</param>
/// <param name="ManifestName">Its manifest's name, present or not.</param>
/// <param name="Text">The file's bytes.</param>
/// <param name="Manifest">The manifest's bytes; null without one (the film is then given on the command line).</param>
/// <param name="Hash">See <see cref="UnchangedFiles.HashOf"/>.</param>
public sealed record RawTriviaFile(string Name, string ManifestName, byte[] Text, byte[]? Manifest, string Hash);
