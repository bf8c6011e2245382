namespace TriviaApi.Domain;

/// <summary>A fact names a film other than its subject.</summary>
public sealed class FactFilm
{
    public int FactId { get; set; }

    public int FilmId { get; set; }

    public Film Film { get; set; } = null!;
}
