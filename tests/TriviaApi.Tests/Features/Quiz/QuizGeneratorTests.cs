using TriviaApi.Features.Quiz;

namespace TriviaApi.Tests.Features.Quiz;

public class QuizGeneratorTests
{
    private static readonly QuizCandidate[] Actors = [.. Made.Actors(), Made.Person("Caio Blat", 1, "ator"), Made.Person("Wagner Moura", 2, "ator")];

    [Fact]
    public void A_fact_gives_at_most_one_question()
    {
        var fact = Made.Fact("Em 2011, Wagner Moura filmou no sertão por dois meses seguidos.", [Actors[^1]]);

        Assert.Single(QuizGenerator.Generate([fact], new CandidatePool(Actors), CandidatePool.Empty, 5, null, new Random(1)));
    }

    [Fact]
    public void The_same_text_is_asked_once()
    {
        var first = Made.Fact("As filmagens no sertão começaram em 2011 e duraram dois meses.");
        var copy = first with { Id = first.Id + 1 };

        Assert.Single(QuizGenerator.Generate([first, copy], CandidatePool.Empty, CandidatePool.Empty, 5, null, new Random(1)));
    }

    [Fact]
    public void No_question_writes_the_answer_of_another()
    {
        var moura = Actors[^1];
        var facts = new[]
        {
            Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]),
            Made.Fact("O diretor escolheu Wagner Moura depois de um teste em 2006.", [moura]),
        };

        Assert.All(Enumerable.Range(0, 10), seed =>
        {
            var quiz = QuizGenerator.Generate(facts, new CandidatePool(Actors), CandidatePool.Empty, 5, QuizDifficulty.Medium, new Random(seed));
            Assert.DoesNotContain(quiz, q => q.Options[q.CorrectIndex] == "Wagner Moura" && quiz.Any(o => o.Question.Contains("Moura", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Count_caps_the_quiz()
    {
        string[] places = ["no sertão", "em Recife", "em Olinda", "em Belém", "em Manaus", "em Natal"];
        var facts = places.Select((place, i) => Made.Fact($"As filmagens {place} começaram em {1990 + i} e duraram meses.")).ToArray();

        Assert.Equal(4, QuizGenerator.Generate(facts, CandidatePool.Empty, CandidatePool.Empty, 4, null, new Random(1)).Count);
    }
}
