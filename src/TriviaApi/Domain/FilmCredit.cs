namespace TriviaApi.Domain;

/// <summary>A person's part in a film, from its manifest: "Damien Chazelle", "diretor"; "Emma Stone", "atriz", as Mia.</summary>
public sealed class FilmCredit
{
    public int FilmId { get; set; }

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public required string Role { get; set; }

    public int? CharacterId { get; set; }

    public Character? Character { get; set; }
}
