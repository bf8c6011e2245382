namespace TriviaApi.Domain;

/// <summary>A fact names a character.</summary>
public sealed class FactCharacter
{
    public int FactId { get; set; }

    public int CharacterId { get; set; }

    public Character Character { get; set; } = null!;
}
