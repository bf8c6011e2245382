using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>A trivia file extracted: its lines, each line's mentions and each line's content hash (<see cref="ContentHash"/>).</summary>
internal sealed record ExtractedFile(TriviaSource Source, IReadOnlyList<TriviaLine> Lines, IReadOnlyList<FactMentions> Mentions, IReadOnlyList<string> Hashes);
