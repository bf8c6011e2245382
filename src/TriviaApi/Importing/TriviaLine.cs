namespace TriviaApi.Importing;

/// <summary>One fact as it stands in its file: 1-based line number and text, verbatim but for the line ending.</summary>
public sealed record TriviaLine(int Number, string Text);
