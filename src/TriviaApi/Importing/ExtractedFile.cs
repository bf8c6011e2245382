using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>A trivia file extracted: its lines, each line's mentions and, when asked for, each line's indexed text.</summary>
internal sealed record ExtractedFile(TriviaSource Source, IReadOnlyList<TriviaLine> Lines, IReadOnlyList<FactMentions> Mentions);
