using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

public class PersonTests
{
    [Fact]
    public void Capitalised_name_sequence_is_a_person() =>
        Assert.Equal(["Emma Watson"], Extract.From("Emma Watson foi cogitada para o papel principal.").People());

    [Fact]
    public void Initials_belong_to_the_name() =>
        Assert.Equal(["Emma Stone", "J.K. Simmons"], Extract.From("Emma Stone e J.K. Simmons já participaram da mesma franquia.").People());

    [Fact]
    public void Three_word_name_is_one_person() =>
        Assert.Equal(["Tom Everett Scott"], Extract.From("Tom Everett Scott também foi baterista de jazz.").People());

    [Theory]
    [InlineData("Já Ryan Gosling recusou o papel.")]
    [InlineData("Depois, Ryan Gosling teve aulas intensivas de piano.")]
    [InlineData("Segundo Ryan Gosling, as aulas duraram meses.")]
    [InlineData("Como Ryan Gosling queria tocar, ensaiou muito.")]
    [InlineData("Assim Ryan Gosling aprendeu a tocar.")]
    [InlineData("Trata-se de Ryan Gosling, provavelmente.")]
    public void Words_opening_a_sentence_are_not_part_of_the_name(string fact) =>
        Assert.Equal(["Ryan Gosling"], Extract.From(fact).People());

    [Fact]
    public void One_name_after_a_role_noun_is_a_person_known_by_that_name() =>
        Assert.Equal(["Zoltarian"], Extract.From("Os cenários vieram do ilustrador Zoltarian, que trabalhou seis meses.").People());

    [Fact]
    public void One_name_after_a_role_noun_is_the_person_of_that_surname_when_there_is_one() =>
        Assert.Equal(["Ana Zoltarian"], Extract.FromFile(["Ana Zoltarian desenhou os cenários.", "A ilustradora Zoltarian trabalhou seis meses."])[1].People());

    [Fact]
    public void A_given_name_spelt_like_a_month_is_still_a_name() =>
        Assert.Equal(["Marco Vilela"], Extract.From("O montador Marco Vilela cortou duas horas do filme.").People());

    [Fact]
    public void One_name_listed_among_full_names_of_people_is_a_person() =>
        Assert.Equal(["Renato Lima", "Dedé Souza", "Quinzinho", "Zacarias"], Extract.From("A comédia reuniu Renato Lima, Dedé Souza, Quinzinho e Zacarias.").People());

    [Fact]
    public void One_name_given_as_the_actor_after_a_role_is_a_person() =>
        Assert.Equal(["Kiko"], Extract.From("Mestre Ciço, que ensina o ofício ao protagonista, é vivido por Kiko.").People());

    [Fact]
    public void One_name_before_a_verb_of_playing_after_a_comma_is_no_actor() =>
        Assert.DoesNotContain("Kotter", Extract.From("Tadeu Lins, lembrado pela série Bom Dia, Kotter, faz Caio Brandão, o herdeiro.").People());

    [Fact]
    public void Names_given_as_examples_for_a_role_are_people_whoever_comes_before() =>
        Assert.Equal(
            ["Lia Prado", "Clara Nunes", "Vera Lins"],
            Extract.From("Antes de Lia Prado ser escolhida, nomes como Clara Nunes e Vera Lins foram cogitados para o papel.").People());

    [Fact]
    public void One_name_before_a_clause_that_opens_with_a_person_is_no_list() =>
        Assert.DoesNotContain("Salustiano", Extract.From("Caio Brum está no elenco como Salustiano, e Aramis Trindade dá vida a Márcio.").People());

    [Fact]
    public void Two_names_joined_by_e_are_two_people() =>
        Assert.Equal(["Margot Robbie", "Will Smith"], Extract.From("Seus papéis mais tarde foram para Margot Robbie e Will Smith.").People());

    [Fact]
    public void Surname_alone_resolves_to_the_person_named_earlier_in_the_fact() =>
        Assert.Equal(["John Legend", "Ryan Gosling"], Extract.From("John Legend comentou o quão rápido Ryan Gosling aprendeu; Gosling treinou todo dia.").People());

    [Fact]
    public void Surname_alone_resolves_to_the_person_named_elsewhere_in_the_file()
    {
        var facts = Extract.FromFile(["Emma Stone fez o teste em Nova York.", "Depois, Stone voltou para Los Angeles."]);

        Assert.Equal(["Emma Stone"], facts[1].People());
    }

    [Fact]
    public void Surname_alone_resolves_to_a_person_credited_in_the_manifest() =>
        Assert.Equal(["Damien Chazelle"], Extract.From("Chazelle escreveu o roteiro aos 25 anos.", new SubjectCredit("Damien Chazelle", "diretor", null)).People());

    [Fact]
    public void A_surname_nobody_in_the_file_bears_is_nobody() =>
        Assert.Empty(Extract.From("Depois, Hanks elogiou o filme.").People);

    [Theory]
    [InlineData("Dois locais foram reabertos: o Rialto Theatre, no sul de Pasadena, e a Ferroviária Angels, no centro de Los Angeles.")]
    [InlineData("Gravado no mesmo estúdio em que clássicos da MGM foram gravados.")]
    [InlineData("Grande vencedor da 74ª edição do Globo de Ouro, realizado em 2017.")]
    [InlineData("Ela foi indicada ao Oscar e ao Screen Actors Guild Awards.")]
    [InlineData("Estreou no Festival de Cinema de Veneza em 31 de agosto de 2016.")]
    [InlineData("Participou do Festival de Toronto 2016 e da Mostra de São Paulo.")]
    [InlineData("A equipe filmou em Nova York e no Rio de Janeiro.")]
    [InlineData("Locações: Barra Funda, povoado do litoral, cercado por dunas e coqueiros.")]
    [InlineData("O banqueiro se hospeda num hotel de luxo de Puerto Bravo.")]
    public void Places_studios_awards_and_events_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void A_name_right_after_a_kind_of_work_is_its_title_not_a_person() =>
        Assert.Equal(["Emma Stone"], Extract.From("Emma Stone participou da franquia Homem Aranha e cantou a música City Lights.").People());

    [Fact]
    public void An_English_title_quoted_in_a_fact_is_not_a_person() =>
        Assert.Empty(Extract.From("O locutor diz: \"três vezes vencedor do Oscar, incluindo Shakespeare In Love ...\".").People);

    [Fact]
    public void Name_particles_join_a_name_but_a_possessive_de_does_not() =>
        Assert.Equal(
            ["Nelson Pereira dos Santos", "Sam Raimi"],
            Extract.From("Nelson Pereira dos Santos admirava a trilogia do Homem-Aranha de Sam Raimi.").People());

    [Theory]
    [InlineData("Segundo o compositor Justin Hurwitz, tudo foi gravado antes.", "Justin Hurwitz", "compositor")]
    [InlineData("A figurinista Mary Zophres escolheu o vestido.", "Mary Zophres", "figurinista")]
    [InlineData("Trata-se de uma referência à estilista Sandy Powell.", "Sandy Powell", "estilista")]
    [InlineData("As músicas foram gravadas pelo pianista Randy Kerber.", "Randy Kerber", "pianista")]
    [InlineData("Durante o discurso toca o segundo movimento da Nona Sinfonia, de Kowalski; no fim entra outra peça.", "Kowalski", "compositor")]
    [InlineData("Ele escuta nos fones a abertura de O Barbeiro Distraído, de Pasquali; só depois ouve a gravação.", "Pasquali", "compositor")]
    public void The_role_noun_before_a_name_is_a_profession(string fact, string person, string profession) =>
        Assert.Equal([profession], Extract.From(fact).ProfessionsOf(person));

    [Fact]
    public void Two_role_nouns_joined_by_e_are_two_professions() =>
        Assert.Equal(["cantor", "pianista"], Extract.From("O cantor e pianista John Legend aprendeu violão.").ProfessionsOf("John Legend"));

    [Fact]
    public void A_role_noun_opening_the_sentence_is_a_profession_not_part_of_the_name()
    {
        var person = Assert.Single(Extract.From("Compositor Justin Hurwitz escreveu tudo no piano.").People);

        Assert.Equal(("Justin Hurwitz", "compositor"), (person.Name, person.Professions.Single()));
    }

    [Fact]
    public void Initials_written_with_a_space_name_the_same_person() =>
        Assert.Equal(
            TriviaApi.Text.TextFolding.MatchKey("J.K. Simmons"),
            TriviaApi.Text.TextFolding.MatchKey(Extract.From("J. K. Simmons ganhou o Oscar.").People().Single()));

    [Fact]
    public void An_award_category_is_not_a_person_but_gives_the_person_in_parentheses_a_profession()
    {
        var person = Assert.Single(Extract.From("Indicações: Melhor Atriz (Emma Stone) e Melhor Filme.").People);

        Assert.Equal(("Emma Stone", "atriz"), (person.Name, person.Professions.Single()));
    }

    [Fact]
    public void A_participle_before_por_gives_a_profession() =>
        Assert.Equal(["diretor"], Extract.From("O clássico foi dirigido por Francis Ford Coppola em 1972.").ProfessionsOf("Francis Ford Coppola"));

    [Fact]
    public void An_undated_title_after_a_capitalised_article_is_not_a_person() =>
        Assert.Empty(Extract.From("Em 1990, foi lançado O Poderoso Chefão: Parte III, encerrando a trilogia.").People);

    [Fact]
    public void A_capitalised_particle_inside_a_name_stays_in_it() =>
        Assert.Equal(["Robert De Niro", "Guillermo Del Toro"], Extract.From("Robert De Niro jantou com Guillermo Del Toro.").People());

    [Theory]
    [InlineData("O longa entrou no National Film Registry em 1990.")]
    [InlineData("A frase foi eleita pelo American Film Institute uma das maiores do cinema.")]
    public void Institutions_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void An_ambiguous_surname_is_the_person_the_manifest_credits_before_one_named_in_another_fact()
    {
        var facts = Extract.FromFile(
            ["Sofia Coppola aparece no batizado.", "Talia Shire, irmã de Coppola, interpretou Connie."],
            new SubjectCredit("Francis Ford Coppola", "diretor", null));

        Assert.Contains("Francis Ford Coppola", facts[1].People());
    }

    [Fact]
    public void A_credit_list_keeps_its_people() =>
        Assert.Equal(["Dora Leme", "Neil Amaral", "Rui Coelho"], Extract.From("O musical tem libreto de Neil Amaral, música de Rui Coelho e letras de Dora Leme.").People().Order());

    [Fact]
    public void A_person_named_as_whose_work_and_then_dated_stays_a_person() =>
        Assert.Equal(["Orlando Vaz"], Extract.From("Das versões da peça no cinema, a mais lembrada é a de Orlando Vaz, de 1952.").People());

    [Fact]
    public void The_singer_of_a_hit_dated_after_the_name_stays_a_person() =>
        Assert.Equal(["Dora Vaz"], Extract.From("Nos créditos toca \"Samba do Cais\", o sucesso de Dora Vaz de 1979.").People());

    [Fact]
    public void A_name_set_off_as_the_supervisor_of_a_film_is_a_person() =>
        Assert.Equal(["Bruno Terra"], Extract.From("Bruno Terra, o supervisor de animação de Mar de Sal (2004), redesenhou o herói.").People());
}
