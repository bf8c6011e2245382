namespace TriviaApi.Domain;

/// <summary>A film: the subject of a trivia file, or one a fact mentions. One film per title (or original title) and year.</summary>
public sealed class Film
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>The title as written in Portuguese, verbatim: "Whiplash - Em Busca da Perfeição".</summary>
    public required string Title { get; set; }

    public string? OriginalTitle { get; set; }

    public required int Year { get; set; }

    /// <summary>Case-, accent- and punctuation-free title, for matching spelling variants to one film.</summary>
    public required string TitleKey { get; set; }

    public string? OriginalTitleKey { get; set; }

    public List<TriviaFact> Facts { get; } = [];

    public List<FilmCredit> Credits { get; } = [];
}
