namespace TriviaApi.Domain;

/// <summary>A fact names a person, with the professions that fact gives them.</summary>
public sealed class FactPerson
{
    public int FactId { get; set; }

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public List<string> Professions { get; set; } = [];
}
