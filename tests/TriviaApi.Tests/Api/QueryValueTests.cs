using TriviaApi.Api;

namespace TriviaApi.Tests.Api;

public class QueryValueTests
{
    [Fact]
    public void A_list_is_split_at_commas_and_trimmed_keeping_a_blank_for_its_rule_to_refuse() =>
        Assert.Equal(["tag", "person", ""], ValueList.Of("tag, person,").Values);

    [Theory]
    [InlineData("2026-11-29", 2026, 11, 29)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void A_day_is_read_as_written_year_month_day(string text, int year, int month, int day)
    {
        Assert.True(CalendarDay.TryParse(text, out var parsed, out _));
        Assert.Equal(new DateOnly(year, month, day), parsed.Day);
    }

    [Theory]
    [InlineData("29/11/2026")]
    [InlineData("2026-2-3")]
    [InlineData("2025-02-29")]
    [InlineData("ontem")]
    public void Anything_but_a_calendar_day_written_year_month_day_says_how_to_write_one(string text)
    {
        Assert.False(CalendarDay.TryParse(text, out _, out var problem));
        Assert.Equal(CalendarDay.Problem, problem);
    }

    [Fact]
    public void A_number_is_an_id_and_anything_slug_shaped_a_slug()
    {
        Assert.Equal((42, (string?)null), (IdOrSlug.Parse("42").Id, IdOrSlug.Parse("42").Slug));
        Assert.Equal(((int?)null, "la-la-land"), (IdOrSlug.Parse("la-la-land").Id, IdOrSlug.Parse("la-la-land").Slug));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("Ryan_Gosling")]
    [InlineData("99999999999")]
    public void An_id_or_slug_that_is_neither_names_the_parameter_that_gave_it(string text)
    {
        Assert.False(IdOrSlug.TryParse(text, "mentions", out _, out var problem));
        Assert.Equal($"mentions must be {IdOrSlug.Rule}.", problem);
    }

    [Fact]
    public void An_id_or_slug_reads_back_as_it_was_written_for_the_messages_that_name_it() =>
        Assert.Equal("007", IdOrSlug.Parse("007").ToString());
}
