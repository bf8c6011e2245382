namespace TriviaApi.Domain;

/// <summary>A person's part in a film, from its manifest: "Fernando Meirelles", "diretor"; "Alice Braga", "atriz", as Angélica.</summary>
public sealed class FilmCredit
{
    public int FilmId { get; set; }

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public required string Role { get; set; }

    public int? CharacterId { get; set; }

    public Character? Character { get; set; }
}
