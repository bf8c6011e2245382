using TriviaApi.Features.Quiz;

namespace TriviaApi.Tests.Features.Quiz;

public class CandidatePoolTests
{
    private static readonly QuizCandidate[] Films =
    [
        .. Made.Films(),
        Made.Film("Eu, Tu, Eles", 2000, 2),
        Made.Film("Lavoura Arcaica", 2001, 4),
        Made.Film("Madame Satã", 2002, 5),
        Made.Film("Amarelo Manga", 2002, 1),
        Made.Person("Fernanda Montenegro", 9, "atriz"),
    ];

    [Theory]
    [InlineData(2001, 1)]
    [InlineData(2001, 5)]
    [InlineData(1990, 2)]
    [InlineData(1950, 3)]
    [InlineData(2030, 1)]
    public void Films_nearest_a_year_come_by_years_away_then_popularity_then_id(int year, int mentions)
    {
        var expected = Films.Where(c => c.Year is not null)
            .OrderBy(c => Math.Abs(c.Year!.Value - year)).ThenBy(c => Math.Abs(c.Mentions - mentions)).ThenBy(c => c.Id);

        Assert.Equal(expected, new CandidatePool(Films).NearestTo(year, mentions));
    }

    [Fact]
    public void The_newest_year_is_the_latest_dated_candidates() =>
        Assert.Equal(2003, new CandidatePool(Films).NewestYear);

    [Fact]
    public void An_undated_pool_has_no_newest_year() =>
        Assert.Null(new CandidatePool(Made.Actors()).NewestYear);

    [Fact]
    public void A_candidate_listed_twice_is_ranked_once()
    {
        var actors = Made.Actors();

        Assert.Equal((1, 1, 4), new CandidatePool([.. actors, actors[0]]).RankOf(Made.Person("Caio Blat", 2)));
    }

    [Fact]
    public void The_answer_is_not_ranked_against_itself()
    {
        var actors = Made.Actors();

        Assert.Equal((1, 0, 3), new CandidatePool(actors).RankOf(actors[1]));
    }
}
