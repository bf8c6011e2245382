using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

/// <summary>Names whose shape says who they are: shared family names, a longer name's tail, versions of the subject.</summary>
public class NameShapeTests
{
    [Fact]
    public void Two_given_names_credited_with_one_family_name_are_two_people() =>
        Assert.Equal(["Paulo Tavares", "Caio Tavares"], Extract.From("O filme foi escrito e dirigido por Paulo e Caio Tavares.").People());

    [Fact]
    public void Two_given_names_with_no_credit_before_them_share_nothing() =>
        Assert.DoesNotContain("Vicente Vega", Extract.From("A dança de Vicente e Mia Vega ficou famosa.").People());

    [Fact]
    public void The_tail_of_a_longer_name_is_the_same_person()
    {
        var mentions = Extract.FromFile(["O movimento reuniu Nelson Arruda dos Campos e outros.", "Ele ocupou a cadeira de Arruda dos Campos na Academia."]);

        Assert.Equal(["Nelson Arruda dos Campos"], mentions[1].People());
    }

    [Theory]
    [InlineData("Uma terceira montagem, Noites de Verão: Corte Final, chegou aos cinemas em 2019.")]
    [InlineData("Em 2001, o diretor lançou Noites de Verão Redux, com cenas inéditas.")]
    public void A_version_of_the_subject_is_no_person(string fact) =>
        Assert.Empty(Extract.From(fact).People());

    [Theory]
    [InlineData("Ela colaborava com o programa de rádio Tiger Morning Talk.")]
    [InlineData("O dono do time de basquete Texas Rangers Club vetou a exibição.")]
    [InlineData("Ela citou This Quiet Town como influência.")]
    [InlineData("Em 2011, a dupla filmou Eu Vi o Mar Secar, outro livro do autor.")]
    [InlineData("As filmagens foram em regiões como Kanata Country, no Canadá.")]
    [InlineData("Em 2023, o curta O Encontro de Carl (Carl's Date) foi exibido.")]
    [InlineData("Em 2018, a Criterion Collection lançou uma cópia restaurada.")]
    [InlineData("Ele frequentava a sociedade esotérica Fraternitas Lunae.")]
    public void Kinds_of_things_english_determiners_pronouns_and_place_tails_are_no_people(string fact) =>
        Assert.Empty(Extract.From(fact).People());

    [Theory]
    [InlineData("Pelo papel, ela recebeu o prêmio de Revelação Feminina da crítica.")]
    [InlineData("A seita fictícia, a Church of the Holy Bowler, tem site próprio.")]
    [InlineData("O estúdio foi comprado pela Northern Light Images em 2000.")]
    public void Award_categories_and_english_organisations_are_no_people(string fact) =>
        Assert.Empty(Extract.From(fact).People());

    [Fact]
    public void A_name_written_with_an_article_in_another_fact_is_a_thing()
    {
        var mentions = Extract.FromFile(["Os artistas se apresentam como Trupe Alvorada.", "Onde havia antena, a Trupe Alvorada sabia que teria pouco público."]);

        Assert.Empty(mentions[0].People());
        Assert.Empty(mentions[1].People());
    }

    [Theory]
    [InlineData("O elenco tem Babu Santana no papel do pai.", "Babu Santana")]
    [InlineData("O projeto nasceu de uma conversa com a produtora Lynda Obst.", "Lynda Obst")]
    [InlineData("No musical, Ashley Park cantava a abertura.", "Ashley Park")]
    [InlineData("O astrofísico Neil deGrasse Tyson elogiou a física do filme.", "Neil deGrasse Tyson")]
    [InlineData("O diretor chegou a oferecer o papel a Lily Tomlin, que recusou.", "Lily Tomlin")]
    public void Names_that_look_like_words_or_things_are_people_where_the_text_says_so(string fact, string person) =>
        Assert.Contains(person, Extract.From(fact).People());

    [Fact]
    public void A_regnal_number_one_belongs_to_the_name() =>
        Assert.Equal(["Dom Pedro I"], Extract.From("No papel de Dom Pedro I, ele roubou a cena.").Characters());

    [Theory]
    [InlineData("A trilha vai de \"Manhã Clara\", de Taiborá, a sambas antigos.", "Taiborá")]
    [InlineData("A valsa do baile aparece na voz de Fréhon.", "Fréhon")]
    [InlineData("Entra ainda \"Noite\", gravada por Fréhon.", "Fréhon")]
    public void One_name_credited_for_a_song_is_a_person(string fact, string person) =>
        Assert.Equal([person], Extract.From(fact).People());

    [Theory]
    [InlineData("Franca Leoni faz Wanda, a vizinha da protagonista.", "Franca Leoni")]
    [InlineData("O remake tem Toni Garrido e Patrícia França nos papéis principais.", "Patrícia França")]
    [InlineData("A sequência tem participações de Drica Moraes.", "Drica Moraes")]
    [InlineData("Maria de Jesus Bacarelli faz Dona Carmo, a avó.", "Maria de Jesus Bacarelli")]
    public void A_name_that_reads_like_a_country_or_ordinary_words_may_be_a_person(string fact, string person) =>
        Assert.Contains(person, Extract.From(fact).People());

    [Fact]
    public void A_country_alone_is_no_person() =>
        Assert.Empty(Extract.From("A coprodução uniu França e Itália.").People);

    [Fact]
    public void An_english_word_for_a_place_inside_a_characters_name_is_a_family_name() =>
        Assert.Equal(
            new CharacterMention("Detetive Park Min-su", null, "Lee Jae-won"),
            Extract.From("Lee Jae-won interpreta o Detetive Park Min-su, policial de uma cidade pequena.").Characters.Single());

    [Fact]
    public void Hyphenated_given_names_that_end_alike_make_no_family()
    {
        var facts = Extract.FromFile(["Kim Do-yun interpreta Choi Seung-ho, um motorista.", "O último plano, com Lee Jun-ho diante da câmera, foi ideia do diretor."]);

        Assert.Equal(["Lee Jun-ho"], facts[1].People());
    }

    [Theory]
    [InlineData("Carla Dias faz Mirte van der Hoek, a vizinha holandesa.", "Mirte van der Hoek")]
    [InlineData("Carla Dias faz Inés de la Fuente, a vizinha espanhola.", "Inés de la Fuente")]
    public void Two_particles_before_a_family_name_stay_in_the_name(string fact, string character) =>
        Assert.Equal([character], Extract.From(fact).Characters());

    [Theory]
    [InlineData("No palco estavam o baixista Rogério \"Tatu\" Nogueira e a cantora Lia Prado.", "Rogério \"Tatu\" Nogueira")]
    [InlineData("No palco estavam o baixista Rogério “Tatu” Nogueira e a cantora Lia Prado.", "Rogério “Tatu” Nogueira")]
    public void A_nickname_in_quotes_between_a_given_name_and_a_family_name_is_part_of_the_name(string fact, string name) =>
        Assert.Equal([name, "Lia Prado"], Extract.From(fact).People());
}
