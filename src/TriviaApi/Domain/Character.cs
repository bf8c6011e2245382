namespace TriviaApi.Domain;

/// <summary>A fictional character, never a person: Eunice, Dona Hermínia, Capitão Nascimento. Film and actor where known.</summary>
public sealed class Character
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string NameKey { get; set; }

    public int? FilmId { get; set; }

    public Film? Film { get; set; }

    public int? ActorId { get; set; }

    public Person? Actor { get; set; }
}
