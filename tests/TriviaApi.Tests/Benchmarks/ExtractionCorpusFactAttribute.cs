using TriviaApi.Benchmarks.Extraction;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>A test over a part of tests/ExtractionCorpus: skipped, saying why, while that part has no gold files yet.</summary>
public sealed class ExtractionCorpusFactAttribute : FactAttribute
{
    public ExtractionCorpusFactAttribute(string part)
    {
        if (ExtractionScorer.GoldFilesIn(ExtractionCorpusTests.Part(part)).Count == 0)
        {
            Skip = $"tests/ExtractionCorpus/{part} holds no trivia file with a gold annotation yet.";
        }
    }
}
