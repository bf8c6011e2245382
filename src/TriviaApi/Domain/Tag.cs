namespace TriviaApi.Domain;

/// <summary>A topic of the taxonomy (see <c>TagTaxonomy</c>); every fact has at least one.</summary>
public sealed class Tag
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string NamePt { get; set; }

    public required string NameEn { get; set; }

    public required string Description { get; set; }

    /// <summary>How many facts have this topic: derived from the links, kept by every import so lists need not count.</summary>
    public int TriviaCount { get; set; }
}
