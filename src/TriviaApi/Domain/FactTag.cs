namespace TriviaApi.Domain;

/// <summary>A fact is about a topic.</summary>
public sealed class FactTag
{
    public int FactId { get; set; }

    public int TagId { get; set; }

    public Tag Tag { get; set; } = null!;
}
