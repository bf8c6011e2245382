namespace TriviaApi.Extraction;

/// <summary>A film as a fact names it. Year is null when the text gives none (a title that matched a known film).</summary>
public sealed record FilmMention(string Title, string? OriginalTitle, int? Year);
