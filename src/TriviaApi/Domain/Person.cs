namespace TriviaApi.Domain;

/// <summary>A real person named by a fact or credited on a film.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Folded name: "J.K. Simmons" and "J. K. Simmons" share "j k simmons".</summary>
    public required string NameKey { get; set; }

    /// <summary>Professions the facts and credits give them, in Portuguese ("compositor", "atriz"); derived on import.</summary>
    public List<string> Professions { get; set; } = [];

    /// <summary>How many facts name this person: derived from the links, kept by every import so lists need not count.</summary>
    public int TriviaCount { get; set; }
}
