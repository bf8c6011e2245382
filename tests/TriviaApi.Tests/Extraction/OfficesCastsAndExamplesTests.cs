namespace TriviaApi.Tests.Extraction;

/// <summary>
/// Offices with their portfolio before a name, casts under a label, actors joined before one "como", examples after
/// a noun for people, people listed after a title's colon, and finite verbs that end no foreign title.
/// </summary>
public class OfficesCastsAndExamplesTests
{
    [Theory]
    [InlineData("O ministro da Cultura Ana Prado visitou o set em março.", "Ana Prado")]
    [InlineData("Na época, a secretária de Turismo Lúcia Brandão liberou as filmagens no porto.", "Lúcia Brandão")]
    [InlineData("O comandante da Marinha Jorge Albuquerque cedeu dois navios à produção.", "Jorge Albuquerque")]
    public void An_offices_portfolio_is_not_part_of_the_name_after_it(string fact, string person) =>
        Assert.Equal([person], Extract.From(fact).People());

    [Fact]
    public void A_role_described_by_an_office_and_its_portfolio_is_a_character()
    {
        var mentions = Extract.From("Tiago Sena interpreta o engenheiro e ministro da Aviação Rui Castanho, que some no terceiro ato.");

        Assert.Equal(["Tiago Sena"], mentions.People());
        Assert.Equal(["Rui Castanho"], mentions.Characters());
    }

    [Fact]
    public void Names_joined_after_como_are_all_roles_when_a_plural_verb_gives_each_actor_one()
    {
        var mentions = Extract.From("Paulo Rangel e Tiago Sena completam o grupo como Ivo Marques e Caio Prates.");

        Assert.Equal(["Paulo Rangel", "Tiago Sena"], mentions.People().Order());
        Assert.Equal(["Caio Prates", "Ivo Marques"], mentions.Characters().Order());
    }

    [Fact]
    public void One_name_listed_as_an_actor_under_a_label_of_the_cast_is_a_person_even_an_ordinary_word()
    {
        var mentions = Extract.From("Elenco principal: Aurora (Dalva Reis), Tiago Sena (Rui Castanho) e Clara Nunes Lima (Irene).");

        Assert.Contains("Aurora", mentions.People());
        Assert.Equal(["Dalva Reis", "Irene", "Rui Castanho"], mentions.Characters().Order());
    }

    [Fact]
    public void A_title_of_kinship_makes_a_character_of_the_name_it_opens() =>
        Assert.Equal(["Papai Noel"], Extract.From("No desfecho, o menino descobre que o pai se vestia de Papai Noel todo ano.").Characters());

    [Theory]
    [InlineData("O pianista toca um trecho da suíte Hakon Brandt, de Edvard Grieg.", "Edvard Grieg")]
    [InlineData("A trilha cita o poema Maria Clara, de Castro Alves.", "Castro Alves")]
    public void A_piece_or_poem_named_like_someone_is_a_work_and_its_author_a_person(string fact, string author) =>
        Assert.Equal([author], Extract.From(fact).People());

    [Fact]
    public void Examples_after_a_noun_for_people_are_people_though_a_kind_of_work_comes_before_it() =>
        Assert.Equal(
            ["Augusto dos Anjos", "Castro Alves", "Olavo Bilac"],
            Extract.From("O livro reúne poemas atribuídos a autores mortos, como Castro Alves, Augusto dos Anjos e Olavo Bilac.").People().Order());

    [Fact]
    public void People_listed_after_a_known_titles_colon_are_no_subtitle() =>
        Assert.Equal(
            ["Caio Prates", "Paulo Rangel", "Tiago Sena"],
            Extract.FromFile(["Cidade das Águas (1951) foi o maior sucesso do estúdio.", "Ele venceu três atores de Cidade das Águas: Tiago Sena, Paulo Rangel e Caio Prates."])[1].People().Order());

    [Theory]
    [InlineData("A técnica que o estúdio Farol usara em Cidade das Águas (1951) voltou no remake.")]
    [InlineData("O visual que a Globo quisera em Cidade das Águas (1951) nunca saiu do papel.")]
    public void A_finite_verb_before_a_title_ends_it_and_opens_no_foreign_title(string fact) =>
        Assert.Equal(["Cidade das Águas (1951)"], Extract.From(fact).Titles());

    [Fact]
    public void A_portfolio_of_two_words_before_a_name_no_list_holds_is_no_part_of_it() =>
        Assert.Equal(["Yerlan Mukashev"], Extract.From("Anos depois, o ministro das Relações Exteriores Yerlan Mukashev agradeceu ao filme.").People());

    [Fact]
    public void Examples_of_actors_after_como_are_people_though_described() =>
        Assert.Equal(
            ["Caio Prates"],
            Extract.From("O elenco mistura atores profissionais e não profissionais, como o vaqueiro Caio Prates.").People());

    [Fact]
    public void A_cast_pair_whose_verb_makes_something_happen_still_pairs_actor_and_role()
    {
        var mentions = Extract.From("Mágica: nas termas, o mágico Arturo (Tiago Sena) faz uma girafa desaparecer diante de todos.");

        Assert.Equal(["Tiago Sena"], mentions.People());
        Assert.Equal(["Arturo"], mentions.Characters());
    }

    [Fact]
    public void The_people_a_hometown_is_of_are_people() =>
        Assert.Equal(
            ["Caio Prates", "Dalva Reis"],
            Extract.From("A vila é também a cidade natal de Caio Prates e Dalva Reis.").People().Order());
}
