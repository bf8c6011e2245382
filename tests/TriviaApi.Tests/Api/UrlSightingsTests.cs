using TriviaApi.Api;

namespace TriviaApi.Tests.Api;

public class UrlSightingsTests
{
    [Fact]
    public void A_url_is_seen_before_from_its_second_request_on()
    {
        var sightings = new UrlSightings();

        Assert.False(sightings.SeenBefore("/api/v1/trivia", "?q=piano"));
        Assert.True(sightings.SeenBefore("/api/v1/trivia", "?q=piano"));
        Assert.True(sightings.SeenBefore("/api/v1/trivia", "?q=piano"));
    }

    [Fact]
    public void Another_query_is_another_url()
    {
        var sightings = new UrlSightings();
        sightings.SeenBefore("/api/v1/trivia", "?q=piano");

        Assert.False(sightings.SeenBefore("/api/v1/trivia", "?q=festival"));
        Assert.False(sightings.SeenBefore("/api/v1/trivia", null));
    }

    [Fact]
    public void A_url_never_kept_is_not_seen_again_until_another_takes_its_place()
    {
        var sightings = new UrlSightings(slots: 1);
        sightings.SeenBefore("/api/v1/trivia/random", null);
        sightings.NeverKept("/api/v1/trivia/random", null);

        Assert.False(sightings.SeenBefore("/api/v1/trivia/random", null));
        Assert.False(sightings.SeenBefore("/api/v1/trivia/random", null));
        Assert.False(sightings.SeenBefore("/api/v1/films", null));
        Assert.False(sightings.SeenBefore("/api/v1/trivia/random", null));
        Assert.True(sightings.SeenBefore("/api/v1/trivia/random", null));
    }

    [Fact]
    public void A_newer_url_in_the_same_slot_pushes_the_older_one_out()
    {
        var sightings = new UrlSightings(slots: 1);
        sightings.SeenBefore("/api/v1/films", null);
        sightings.SeenBefore("/api/v1/people", null);

        Assert.False(sightings.SeenBefore("/api/v1/films", null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void The_number_of_slots_is_a_power_of_two(int slots) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UrlSightings(slots));
}
