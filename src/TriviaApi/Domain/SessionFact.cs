namespace TriviaApi.Domain;

/// <summary>A session has been shown a fact.</summary>
public sealed class SessionFact
{
    public int SessionId { get; set; }

    public int FactId { get; set; }
}
