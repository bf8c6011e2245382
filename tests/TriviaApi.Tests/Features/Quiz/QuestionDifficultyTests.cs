using TriviaApi.Features.Quiz;

namespace TriviaApi.Tests.Features.Quiz;

public class QuestionDifficultyTests
{
    [Fact]
    public void Answer_named_more_often_than_most_is_easy() =>
        Assert.Equal(QuizDifficulty.Easy, QuestionDifficulty.OfPopularity(Made.Person("Wagner Moura", 9), new CandidatePool(Made.Actors())));

    [Fact]
    public void Answer_named_less_often_than_most_is_hard() =>
        Assert.Equal(QuizDifficulty.Hard, QuestionDifficulty.OfPopularity(Made.Person("Caio Blat", 1), new CandidatePool(Made.Actors())));

    [Fact]
    public void Answer_named_as_often_as_everyone_is_medium() =>
        Assert.Equal(
            QuizDifficulty.Medium,
            QuestionDifficulty.OfPopularity(Made.Person("Caio Blat", 2), new CandidatePool([Made.Person("Selton Mello", 2), Made.Person("Lázaro Ramos", 2)])));

    [Fact]
    public void The_answer_is_not_ranked_against_itself()
    {
        var moura = Made.Person("Wagner Moura", 9);

        Assert.Equal(QuizDifficulty.Easy, QuestionDifficulty.OfPopularity(moura, new CandidatePool([moura, .. Made.Actors()])));
    }
}
