using System.Globalization;
using TriviaApi.Features.Quiz;
using TriviaApi.Tests.Support;
using TriviaApi.Text;

namespace TriviaApi.Tests.Features.Quiz;

/// <summary>Invariants every question made from the seed's lines must keep.</summary>
public class SeedQuizTests
{
    private static bool Writes(string text, string name) =>
        $" {TextFolding.MatchKey(text)} ".Contains($" {TextFolding.MatchKey(name)} ", StringComparison.Ordinal);

    private static IEnumerable<string> DistractorsOf(QuizQuestion question) => question.Options.Where((_, i) => i != question.CorrectIndex);

    [Fact]
    public void The_seed_has_twenty_four_lines() => Assert.Equal(24, Seed.Lines.Count);

    [Fact]
    public void The_seed_gives_questions_of_every_kind() =>
        Assert.Equal(["film", "person", "year"], SeedQuiz.Questions.Select(q => q.Question.Kind).Distinct().Order());

    [Fact]
    public void The_seed_gives_questions_at_every_difficulty() =>
        Assert.Equal(["easy", "hard", "medium"], SeedQuiz.Questions.Select(q => q.Question.Difficulty).Distinct().Order());

    [Fact]
    public void Every_question_has_exactly_one_correct_option() =>
        Assert.All(SeedQuiz.Questions, q =>
        {
            Assert.Equal(TextFolding.MatchKey(q.Blank.Answer), TextFolding.MatchKey(q.Question.Options[q.Question.CorrectIndex]));
            Assert.Single(q.Question.Options, o => TextFolding.MatchKey(o) == TextFolding.MatchKey(q.Blank.Answer));
        });

    [Fact]
    public void Every_question_has_four_options_distinct_without_accents_or_case() =>
        Assert.All(SeedQuiz.Questions, q => Assert.Equal(4, q.Question.Options.Select(TextFolding.MatchKey).Distinct().Count()));

    [Fact]
    public void No_question_writes_its_answer() =>
        Assert.All(SeedQuiz.Questions, q =>
        {
            var names = q.Blank.Entity is { } entity ? new[] { entity.Name, entity.OriginalTitle } : [q.Blank.Year!.Value.ToString(CultureInfo.InvariantCulture)];
            Assert.DoesNotContain(names.OfType<string>(), name => Writes(q.Question.Question, name));
            Assert.Contains("____", q.Question.Question, StringComparison.Ordinal);
        });

    [Fact]
    public void No_question_leaves_a_word_of_a_blanked_name() =>
        Assert.All(SeedQuiz.Questions.Where(q => q.Blank.Kind == BlankKind.Person), q =>
            Assert.DoesNotContain(
                TextFolding.MatchKey(q.Blank.Entity!.Name).Split(' ').Where(w => w.Length >= 4),
                word => Writes(q.Question.Question, word)));

    [Fact]
    public void No_distractor_is_named_by_the_fact() =>
        Assert.All(SeedQuiz.Questions, q => Assert.DoesNotContain(DistractorsOf(q.Question), d => Writes(q.Blank.Fact.Text, d)));

    [Fact]
    public void Person_distractors_are_people_the_fact_does_not_link() =>
        Assert.All(SeedQuiz.Questions.Where(q => q.Blank.Kind == BlankKind.Person), q => Assert.All(DistractorsOf(q.Question), d =>
        {
            Assert.Contains(d, SeedQuiz.People.All.Select(p => p.Name));
            Assert.DoesNotContain(d, q.Blank.Fact.People.Select(p => p.Name));
        }));

    [Fact]
    public void Film_distractors_are_dated_films_the_fact_does_not_link() =>
        Assert.All(SeedQuiz.Questions.Where(q => q.Blank.Kind == BlankKind.Film), q => Assert.All(DistractorsOf(q.Question), d =>
        {
            Assert.Contains(d, SeedQuiz.Films.All.Select(QuestionBlank.FilmOption));
            Assert.DoesNotContain(d, q.Blank.Fact.Films.Select(QuestionBlank.FilmOption));
        }));

    [Fact]
    public void Year_distractors_are_other_years_the_fact_does_not_write() =>
        Assert.All(SeedQuiz.Questions.Where(q => q.Blank.Kind == BlankKind.Year), q => Assert.All(DistractorsOf(q.Question), d =>
        {
            Assert.InRange(int.Parse(d, CultureInfo.InvariantCulture), 1870, 2100);
            Assert.False(Writes(q.Blank.Fact.Text, d));
        }));

    [Fact]
    public void A_seed_quiz_never_repeats_a_fact() =>
        Assert.All(Enumerable.Range(0, 10), seed =>
        {
            var quiz = QuizGenerator.Generate(SeedQuiz.Facts, SeedQuiz.People, SeedQuiz.Films, 10, null, new Random(seed));
            Assert.Equal(quiz.Count, quiz.Select(q => q.FactId).Distinct().Count());
        });
}
