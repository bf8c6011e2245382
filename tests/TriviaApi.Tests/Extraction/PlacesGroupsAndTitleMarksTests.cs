namespace TriviaApi.Tests.Extraction;

/// <summary>
/// Places named after saints, groups and English organisations that open with a given name, one-word stage names
/// after a trade, roles after "como" in a debut or a show or set off after a role, and titles that hold an
/// exclamation or a superscript or follow the award given to them.
/// </summary>
public class PlacesGroupsAndTitleMarksTests
{
    [Theory]
    [InlineData("O estúdio ficava em São Caetano do Sul, perto da fábrica de louças.", "Caetano do Sul")]
    [InlineData("A trilha ficou a cargo do coletivo Tambores Kaeru, de Osaka.", "Tambores Kaeru")]
    [InlineData("O dinheiro veio do Sakura Committee, formado por seis empresas.", "Sakura Committee")]
    [InlineData("A estreia na TV foi pela Nagoya Broadcasting System, em 1990.", "Nagoya Broadcasting System")]
    public void A_place_a_group_or_an_organisation_is_no_person(string fact, string name) =>
        Assert.DoesNotContain(name, Extract.From(fact).People());

    [Theory]
    [InlineData("No set, o elenco ouvia a cantora Pimenta todas as manhãs.", "Pimenta")]
    [InlineData("A canção de abertura é do sambista Cartola, gravada em 1976.", "Cartola")]
    public void One_word_after_an_article_and_a_trade_is_a_person_even_when_it_is_an_ordinary_word(string fact, string person) =>
        Assert.Contains(person, Extract.From(fact).People());

    [Theory]
    [InlineData("O júri deu o Grande Prêmio a Lua Fria (2003) e a Palma de Ouro a Norte 11 de Março (2004).", "Lua Fria (2003)", "Norte 11 de Março (2004)")]
    [InlineData("A jaqueta foi citada em Corrida Nº 2 (2018) e em Pare! Não Corra! (2022), de Ana Reis.", "Corrida Nº 2 (2018)", "Pare! Não Corra! (2022)")]
    [InlineData("O diretor vinha do fracasso de Órbita³ (1992) e de Eco² (1990).", "Órbita³ (1992)", "Eco² (1990)")]
    public void A_title_keeps_its_exclamations_and_superscripts_and_leaves_out_the_award_given_to_it(string fact, string first, string second) =>
        Assert.Equal([first, second], Extract.From(fact).Titles());

    [Theory]
    [InlineData("A cantora estreou no cinema em Oi, Oi, Verão! (1934) e depois em Samba da Praia (1936).", "Oi, Oi, Verão! (1934)")]
    [InlineData("O trio apareceu em Vamos, Gente, Vamos! (1952), produzido no Rio.", "Vamos, Gente, Vamos! (1952)")]
    public void A_title_that_calls_out_across_its_commas_stays_whole(string fact, string title) =>
        Assert.Contains(title, Extract.From(fact).Titles());

    [Theory]
    [InlineData("No mesmo ano, ela estreou como Dora Salles na série Plantão Noturno.", "Dora Salles")]
    [InlineData("Antes disso, o ator marcou época como Tião Lemos na novela Mar Alto.", "Tião Lemos")]
    [InlineData("Curiosidade: Davi Moura estreia no cinema como Otto Brandl, dentista que perde o carro no assalto.", "Otto Brandl")]
    [InlineData("Lia Serra aparece na tela como Vilma Rocha, a vizinha curiosa do térreo.", "Vilma Rocha")]
    public void A_debut_or_a_role_in_a_show_after_como_is_a_character(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Theory]
    [InlineData("Rui Vaz vive o Sr. Cinza, o veterano Abel Moraes, que protege o novato.", "Abel Moraes", "Rui Vaz")]
    [InlineData("O personagem de Ana Lins, Clara Bastos, é a vizinha que tudo vê.", "Clara Bastos", "Ana Lins")]
    public void A_name_set_off_after_a_role_or_after_whose_role_it_is_is_that_role(string fact, string character, string actor)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.Equal([actor], mentions.People());
    }

    [Fact]
    public void A_longer_description_after_a_role_sets_off_no_role() =>
        Assert.Contains("Lia Prado", Extract.From("Para viver a tímida Marta Cruz, a produção escalou Lia Prado, que vinha do teatro.").People());

    [Fact]
    public void A_place_under_a_label_of_characters_is_no_character()
    {
        var mentions = Extract.From("Personagem: Rosa Alves, a costureira, morreu na Serra do Frade, em Pedra Azul.");

        Assert.Equal(["Rosa Alves"], mentions.Characters());
    }
}
