namespace TriviaApi.Extraction;

public enum MentionKind
{
    Person,
    Film,
    Character,
    Tag,
}

/// <summary>
/// Why extraction took a name for what it took it for: <c>role slot "interpretou"</c>, <c>title before "(1999)"</c>.
/// A curator reviewing an import reads these; nothing else depends on their wording.
/// </summary>
public sealed record MentionCue(MentionKind Kind, string Name, string Cue);
