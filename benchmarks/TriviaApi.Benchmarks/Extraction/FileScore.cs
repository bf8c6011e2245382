namespace TriviaApi.Benchmarks.Extraction;

/// <summary>How extraction did on one trivia file of the corpus (or, as a corpus's total, on all of them).</summary>
public sealed record FileScore(string FileName, KindScore People, KindScore Films, KindScore Characters)
{
    /// <summary>The three kinds in the order reports list them, each with the name reports give it.</summary>
    public IEnumerable<(string Kind, KindScore Score)> Kinds =>
        [("people", People), ("films", Films), ("characters", Characters)];
}
