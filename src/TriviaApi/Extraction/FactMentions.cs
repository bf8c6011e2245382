namespace TriviaApi.Extraction;

/// <summary>Everything extraction recognised in one fact; the subject film is implied, never listed.</summary>
public sealed record FactMentions(
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<FilmMention> Films,
    IReadOnlyList<CharacterMention> Characters,
    IReadOnlyList<string> TagSlugs,
    IReadOnlyList<MentionCue> Cues);
