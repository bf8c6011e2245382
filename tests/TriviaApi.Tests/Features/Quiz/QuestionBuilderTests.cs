using TriviaApi.Features.Quiz;
using TriviaApi.Text;

namespace TriviaApi.Tests.Features.Quiz;

public class QuestionBuilderTests
{
    private static QuizQuestion? Build(QuestionBlank? blank, IReadOnlyList<QuizCandidate> pool, QuizDifficulty? difficulty = null, int seed = 7) =>
        QuestionBuilder.Build(blank!, new CandidatePool(pool), difficulty, new Random(seed));

    private static string[] Distractors(QuizQuestion question) =>
        question.Options.Where((_, i) => i != question.CorrectIndex).ToArray();

    [Fact]
    public void Question_has_the_answer_at_the_correct_index_and_the_fact_as_explanation()
    {
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]);

        var question = Build(Made.BlankOf(fact, moura), [moura, .. Made.Actors()])!;

        Assert.Equal(("person", "Wagner Moura", fact.Text, fact.Id), (question.Kind, question.Options[question.CorrectIndex], question.Explanation, question.FactId));
    }

    [Fact]
    public void Person_distractors_share_the_answer_profession_first()
    {
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]);
        QuizCandidate[] pool = [Made.Person("Antonio Pinto", 2, "compositor"), .. Made.Actors()];

        var question = Build(Made.BlankOf(fact, moura), pool)!;

        Assert.DoesNotContain("Antonio Pinto", question.Options);
    }

    [Fact]
    public void Stated_profession_is_required_of_every_person_distractor()
    {
        var pinto = Made.Person("Antonio Pinto", 1, "compositor");
        var fact = Made.Fact("A trilha foi escrita pelo compositor Antonio Pinto em duas semanas.", [pinto]);
        QuizCandidate[] pool = [Made.Person("Marcelo Zarvos", 1, "compositor"), Made.Person("Bebel Gilberto", 1, "cantora"), .. Made.Actors()];

        Assert.Null(Build(Made.BlankOf(fact, pinto), pool));
    }

    [Fact]
    public void Person_distractors_are_the_closest_in_popularity()
    {
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]);
        QuizCandidate[] pool = [.. Made.Actors(), Made.Person("Paulo José", 40, "ator")];

        var question = Build(Made.BlankOf(fact, moura), pool)!;

        Assert.Equal(["Lázaro Ramos", "Matheus Nachtergaele", "Selton Mello"], Distractors(question).Order());
    }

    [Fact]
    public void Film_distractors_come_from_the_nearest_years_and_show_them()
    {
        var cidade = Made.Film("Cidade de Deus", 2002, 5);
        var fact = Made.Fact("O elenco de Cidade de Deus (2002) veio de oficinas nas comunidades.", films: [cidade]);

        var question = Build(Made.BlankOf(fact, cidade), Made.Films())!;

        Assert.Equal(["Abril Despedaçado (2001)", "Carandiru (2003)", "O Auto da Compadecida (2000)"], Distractors(question).Order());
    }

    [Fact]
    public void Film_distractors_as_near_and_as_popular_go_by_id()
    {
        var cidade = Made.Film("Cidade de Deus", 2002, 5);
        var fact = Made.Fact("O elenco de Cidade de Deus (2002) veio de oficinas nas comunidades.", films: [cidade]);
        QuizCandidate[] made = [Made.Film("Lavoura Arcaica", 2003, 5), Made.Film("Bicho de Sete Cabeças", 2001, 5), Made.Film("Madame Satã", 2003, 5), Made.Film("Eu Tu Eles", 2001, 5)];

        var question = Build(Made.BlankOf(fact, cidade), [.. made.Reverse(), Made.Film("Central do Brasil", 1998, 5)])!;

        Assert.Equal(["Bicho de Sete Cabeças (2001)", "Lavoura Arcaica (2003)", "Madame Satã (2003)"], Distractors(question).Order());
    }

    [Fact]
    public void Film_with_the_answer_title_is_never_a_distractor()
    {
        var auto = Made.Film("O Auto da Compadecida", 2000, 2);
        var fact = Made.Fact("Parte de O Auto da Compadecida (2000) foi gravada em Cabaceiras.", films: [auto]);
        QuizCandidate[] pool = [Made.Film("O Auto da Compadecida", 1969), .. Made.Films()];

        var question = Build(Made.BlankOf(fact, auto), pool)!;

        Assert.DoesNotContain("O Auto da Compadecida (1969)", question.Options);
    }

    [Fact]
    public void Person_linked_to_the_fact_is_never_a_distractor()
    {
        var actors = Made.Actors();
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura e Selton Mello dividiram o camarim durante as gravações.", [moura, actors[0]]);

        var question = Build(Made.BlankOf(fact, moura), [.. actors, Made.Person("Caio Blat", 1, "ator")])!;

        Assert.DoesNotContain("Selton Mello", question.Options);
    }

    [Fact]
    public void Candidate_whose_name_the_question_writes_is_never_a_distractor()
    {
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura copiou o sotaque de Santoro, que ele admirava.", [moura]);

        var question = Build(Made.BlankOf(fact, moura), [.. Made.Actors(), Made.Person("Caio Blat", 1, "ator")])!;

        Assert.DoesNotContain("Rodrigo Santoro", question.Options);
    }

    [Fact]
    public void Person_whose_profession_gives_the_other_gender_is_never_a_distractor()
    {
        var braga = Made.Person("Sônia Braga", 2, "atriz");
        var fact = Made.Fact("O diretor viu Sônia Braga no teatro e decidiu escalá-la na mesma noite.", [braga]);
        QuizCandidate[] pool = [.. Made.Actors(), Made.Person("Fernanda Torres", 2, "atriz"), Made.Person("Alice Braga", 1, "atriz"), Made.Person("Dira Paes", 1, "atriz"), Made.Person("Glória Pires", 3, "atriz")];

        var question = Build(Made.BlankOf(fact, braga), pool)!;

        Assert.DoesNotContain(question.Options, o => Made.Actors().Any(a => a.Name == o));
    }

    [Fact]
    public void Year_distractors_never_come_after_the_newest_film()
    {
        var fact = Made.Fact("A estreia no festival de Gramado aconteceu em 2018, numa sessão lotada.");

        var question = Build(Made.BlankOf(fact, 2018), [Made.Film("Bacurau", 2019)], QuizDifficulty.Easy)!;

        Assert.All(question.Options, y => Assert.True(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) <= 2019));
    }

    [Fact]
    public void Fewer_than_three_distractors_make_no_question()
    {
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]);

        Assert.Null(Build(Made.BlankOf(fact, moura), Made.Actors()[..2]));
    }

    [Fact]
    public void Hard_year_distractors_lie_one_to_three_years_away()
    {
        var fact = Made.Fact("As filmagens no sertão começaram em 2011 e duraram dois meses.");

        var question = Build(Made.BlankOf(fact, 2011), [], QuizDifficulty.Hard)!;

        Assert.All(Distractors(question), y => Assert.InRange(Math.Abs(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) - 2011), 1, 3));
    }

    [Fact]
    public void Easy_year_distractors_lie_five_to_fifteen_years_away()
    {
        var fact = Made.Fact("As filmagens no sertão começaram em 2011 e duraram dois meses.");

        var question = Build(Made.BlankOf(fact, 2011), [], QuizDifficulty.Easy)!;

        Assert.All(Distractors(question), y => Assert.InRange(Math.Abs(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) - 2011), 5, 15));
    }

    [Fact]
    public void Year_the_fact_writes_elsewhere_is_never_a_distractor()
    {
        var fact = Made.Fact("Rodado em 2011 e em 2012, o longa só estreou em 2013 nos cinemas.");

        var question = Build(Made.BlankOf(fact, 2011), [], QuizDifficulty.Hard)!;

        Assert.DoesNotContain("2012", question.Options);
        Assert.DoesNotContain("2013", question.Options);
    }

    [Fact]
    public void Difficulty_other_than_the_answers_makes_no_question()
    {
        var moura = Made.Person("Wagner Moura", 9, "ator");
        var fact = Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]);

        Assert.Null(Build(Made.BlankOf(fact, moura), Made.Actors(), QuizDifficulty.Hard));
    }

    [Fact]
    public void Same_seed_gives_the_same_question()
    {
        var fact = Made.Fact("As filmagens no sertão começaram em 2011 e duraram dois meses.");
        var blank = Made.BlankOf(fact, 2011);

        Assert.Equal(Build(blank, [], seed: 3)!.Options, Build(blank, [], seed: 3)!.Options);
    }

    [Fact]
    public void Options_are_distinct_however_they_are_spelled()
    {
        var moura = Made.Person("Wagner Moura", 2, "ator");
        var fact = Made.Fact("Wagner Moura emagreceu dez quilos para o papel do capitão.", [moura]);
        QuizCandidate[] pool = [Made.Person("Lazaro Ramos", 2, "ator"), .. Made.Actors()];

        var question = Build(Made.BlankOf(fact, moura), pool)!;

        Assert.Equal(4, question.Options.Select(TextFolding.MatchKey).Distinct().Count());
    }
}
