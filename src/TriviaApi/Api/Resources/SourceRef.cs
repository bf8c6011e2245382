namespace TriviaApi.Api.Resources;

/// <summary>Where a fact was imported from.</summary>
/// <param name="File">Trivia file name, e.g. <c>la-la-land.pt-BR.txt</c>.</param>
/// <param name="Line">Line number in that file, from 1.</param>
public sealed record SourceRef(string File, int Line);
