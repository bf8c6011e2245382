namespace TriviaApi.Search;

/// <summary>A film, person or tag whose name the index matched.</summary>
public sealed class NameHit
{
    public int Id { get; set; }

    /// <summary><c>film</c>, <c>person</c> or <c>tag</c>.</summary>
    public string Kind { get; set; } = "";

    public double Rank { get; set; }
}
