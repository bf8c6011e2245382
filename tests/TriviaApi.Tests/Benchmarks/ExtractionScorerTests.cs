using TriviaApi.Benchmarks.Extraction;
using TriviaApi.Extraction;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>The scorer on a gold and findings written here, so each rule of the comparison is seen alone.</summary>
public sealed class ExtractionScorerTests
{
    private static readonly SubjectFilm Subject = new("O Farol de Vidro", "The Glass Lighthouse", 2015, []);

    [Fact]
    public void Precision_recall_and_F1_come_from_matches_misses_and_false_positives()
    {
        var score = Score(Gold(people: ["Ana Lobo", "Júlio Sampaio", "Tereza Quintela", "Rodrigo Paiva"]), Found(people: ["Ana Lobo", "Júlio Sampaio", "Vento Sul"])).People;

        Assert.Equal((2, 1, 2), (score.TruePositives, score.FalsePositiveCount, score.FalseNegativeCount));
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(4.0 / 7, score.F1, 6);
        Assert.Equal(["Tereza Quintela", "Rodrigo Paiva"], score.Misses);
        Assert.Equal(["Vento Sul"], score.FalsePositives);
    }

    [Fact]
    public void Nothing_to_find_and_nothing_found_is_a_perfect_score()
    {
        var score = Score(Gold(), Found()).Characters;

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Names_match_ignoring_case_and_accents()
    {
        var score = Score(Gold(people: ["Júlio Sampaio"], characters: ["Tião"]), Found(people: ["JULIO SAMPAIO"], characters: ["tiao"]));

        Assert.Equal((1, 1), (score.People.TruePositives, score.Characters.TruePositives));
        Assert.Empty(score.People.FalsePositives);
    }

    [Fact]
    public void A_film_matches_the_gold_by_its_original_title_too()
    {
        var score = Score(Gold(films: [new("Letters to the Sea", 2009)]), Found(films: [new("Cartas ao Mar", "Letters to the Sea", 2009)])).Films;

        Assert.Equal((1, 0, 0), Counts(score));
    }

    [Fact]
    public void A_film_with_another_year_than_the_gold_is_a_false_positive_and_a_miss()
    {
        var score = Score(Gold(films: [new("Cartas ao Mar", 2009)]), Found(films: [new("Cartas ao Mar", null, 2010)])).Films;

        Assert.Equal((0, 1, 1), Counts(score));
        Assert.Equal(["Cartas ao Mar (2009)"], score.Misses);
        Assert.Equal(["Cartas ao Mar (2010)"], score.FalsePositives);
    }

    [Fact]
    public void A_film_found_without_a_year_matches_the_gold_film_of_its_title()
    {
        var score = Score(Gold(films: [new("Cartas ao Mar", 2009)]), Found(films: [new("cartas ao mar", null, null)])).Films;

        Assert.Equal((1, 0, 0), Counts(score));
    }

    [Fact]
    public void A_film_found_with_and_without_its_year_counts_once()
    {
        var score = Score(Gold(films: [new("Cartas ao Mar", 2009)]), Found(films: [new("Cartas ao Mar", null, 2009), new("Cartas ao Mar", null, null)])).Films;

        Assert.Equal((1, 0, 0), Counts(score));
    }

    [Fact]
    public void A_film_without_a_year_in_the_gold_is_no_miss_when_not_found()
    {
        var score = Score(Gold(films: [new("Luz Submersa", null)]), Found()).Films;

        Assert.Equal((0, 0, 0), Counts(score));
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void A_film_without_a_year_in_the_gold_is_a_match_when_found()
    {
        var score = Score(Gold(films: [new("Luz Submersa", null)]), Found(films: [new("Luz Submersa", null, 2018)])).Films;

        Assert.Equal((1, 0, 0), Counts(score));
    }

    [Fact]
    public void The_subject_film_found_by_either_of_its_titles_is_ignored()
    {
        var score = Score(Gold(), Found(films: [new("O FAROL DE VIDRO", null, 2015), new("The Glass Lighthouse", null, null)])).Films;

        Assert.Equal((0, 0, 0), Counts(score));
    }

    [Fact]
    public void A_cue_left_in_a_title_makes_a_film_no_gold_film_matches()
    {
        var score = Score(Gold(films: [new("A Casa do Farol", 2012)]), Found(films: [new("Antecedido por A Casa do Farol", null, 2012)])).Films;

        Assert.Equal((0, 1, 1), Counts(score));
        Assert.Equal(["Antecedido por A Casa do Farol (2012)"], score.FalsePositives);
    }

    [Fact]
    public void A_false_positive_person_says_what_the_gold_calls_it()
    {
        var gold = Gold(films: [new("Luz Submersa", null)], characters: ["Anselmo Rocha"], others: ["Melhor Direção"]);

        var score = Score(gold, Found(people: ["Anselmo Rocha", "Luz Submersa", "melhor direcao", "Vento Sul"])).People;

        Assert.Equal(["Anselmo Rocha  (gold: character)", "Luz Submersa  (gold: film)", "melhor direcao  (gold: other)", "Vento Sul"], score.FalsePositives);
    }

    [Fact]
    public void A_corpus_total_adds_the_files_counts_before_dividing()
    {
        var first = Score(Gold(people: ["Ana Lobo"]), Found(people: ["Ana Lobo"]));
        var second = Score(Gold(people: ["Júlio Sampaio", "Rodrigo Paiva", "Tereza Quintela"]), Found(people: ["Vento Sul"]));

        var total = new CorpusScore("corpus", [first, second], []).Total.People;

        Assert.Equal((1, 1, 3), Counts(total));
        Assert.Equal(0.5, total.Precision, 6);
        Assert.Equal(0.25, total.Recall, 6);
    }

    [Fact]
    public void What_extraction_found_is_the_union_over_the_files_facts()
    {
        var film = new FilmMention("Cartas ao Mar", null, 2009);
        var found = ExtractedNames.From(
        [
            new([new("Ana Lobo", ["diretora"])], [film], [new("Anselmo Rocha", null, "Júlio Sampaio")], [], []),
            new([new("ana lobo", []), new("Júlio Sampaio", [])], [film], [], [], []),
        ]);

        Assert.Equal(["Ana Lobo", "Júlio Sampaio"], found.People);
        Assert.Equal([film], found.Films);
        Assert.Equal(["Anselmo Rocha"], found.Characters);
    }

    private static (int TruePositives, int FalsePositives, int FalseNegatives) Counts(KindScore score) =>
        (score.TruePositives, score.FalsePositiveCount, score.FalseNegativeCount);

    private static FileScore Score(GoldAnnotation gold, ExtractedNames found) => ExtractionScorer.Score("farol.pt-BR.txt", Subject, gold, found);

    private static GoldAnnotation Gold(string[]? people = null, GoldFilm[]? films = null, string[]? characters = null, string[]? others = null) =>
        new(people ?? [], films ?? [], (characters ?? []).Select(c => new GoldCharacter(c, null, null)).ToList(), others ?? []);

    private static ExtractedNames Found(string[]? people = null, FilmMention[]? films = null, string[]? characters = null) =>
        new(people ?? [], films ?? [], characters ?? []);
}
