using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

/// <summary>
/// People known by their trade ("o sanfonista", "desenhada por"), names that belong to shops, works and places, and
/// where a dated title begins when a name, a country or a colon stands before it.
/// </summary>
public class AgentAndWorkEdgeTests
{
    [Theory]
    [InlineData("A trilha tem forrós do sanfonista Zé Quirino e do violeiro Tião Barreto.", "Zé Quirino", "sanfonista")]
    [InlineData("A trilha tem forrós do sanfonista Zé Quirino e do violeiro Tião Barreto.", "Tião Barreto", "violeiro")]
    [InlineData("O cartaz foi pintado pelo cartunista Edu Moraes.", "Edu Moraes", "cartunista")]
    [InlineData("A graphic novel, escrita por Dina Valk e desenhada por Igor Sand, virou o roteiro.", "Igor Sand", "desenhista")]
    [InlineData("A série derivada foi criada por Dina Valk e vendida a uma plataforma.", "Dina Valk", "criador")]
    [InlineData("A novela foi escrita por Dina Valk, Ana Maria Rocha e Igor Sand, com Vera Lins no papel-título.", "Igor Sand", "escritor")]
    public void A_trade_before_a_name_or_a_credit_by_participle_gives_a_profession(string fact, string person, string profession) =>
        Assert.Contains(profession, Extract.From(fact).ProfessionsOf(person));

    [Theory]
    [InlineData("O vilão é o neonazista Rolf Brandt, que comanda a quadrilha.", "Rolf Brandt")]
    [InlineData("A protagonista, Lívia Prates, volta à cidade natal depois de vinte anos.", "Lívia Prates")]
    public void A_creed_or_the_story_s_lead_gives_no_profession(string fact, string name) =>
        Assert.Empty(Extract.From(fact).People.Where(p => p.Name == name).SelectMany(p => p.Professions));

    [Theory]
    [InlineData("Na festa de casamento, o quarteto toca uma ária de Scarlatti.", "Scarlatti")]
    [InlineData("A abertura usa uma sinfonia de Villa-Lobos regida em 1950.", "Villa-Lobos")]
    [InlineData("O coral da igreja canta um verso de Bilac durante a missa.", "Bilac")]
    public void The_author_of_a_musical_or_poetic_work_is_a_person(string fact, string person) =>
        Assert.Contains(person, Extract.From(fact).People());

    [Theory]
    [InlineData("O chapéu do herói veio da chapelaria Alberto Jansen, em Londres.", "Alberto Jansen")]
    [InlineData("Os convites foram impressos na livraria Osório Mendes, no centro.", "Osório Mendes")]
    [InlineData("Na Itália, o filme levou cinco prêmios Gino Bartali, entre eles o de direção.", "Gino Bartali")]
    [InlineData("A perseguição acaba com o herói ao volante de uma Ferretti Lucerna vermelha.", "Ferretti Lucerna")]
    [InlineData("Título original: Summer Nights Blues. A distribuidora mudou o nome no Brasil.", "Summer Nights Blues")]
    [InlineData("No primeiro ato, a trupe está em cartaz com Castelo de Cinzas, de Otávio Reis.", "Castelo de Cinzas")]
    [InlineData("Antes disso, o diretor escreveu o roteiro de Lua Fria, uma história de vampiros que nunca foi filmada.", "Lua Fria")]
    [InlineData("O patrocínio veio do magnata de Hong Kong Wu Tai Lam, dono de uma rede de cinemas.", "Hong Kong Wu Tai Lam")]
    public void A_shop_a_prize_a_thing_or_a_work_is_no_person(string fact, string name) =>
        Assert.DoesNotContain(name, Extract.From(fact).People());

    [Theory]
    [InlineData("Nascida Maria Ester Galvão, a atriz adotou o nome artístico aos 15 anos.", "Maria Ester Galvão")]
    [InlineData("O argentino Oscar Ferrandi vive o delegado da cidade.", "Oscar Ferrandi")]
    [InlineData("Isabela Guasco faz Karina, a colega de classe que provoca o herói.", "Isabela Guasco")]
    [InlineData("A vítima é lembrada em flashbacks, e a personagem de Laura Bessa mal fala.", "Laura Bessa")]
    [InlineData("A cantora do clube, Doris Bell, é papel de Joana Lessa.", "Joana Lessa")]
    public void A_person_is_found_past_a_participle_an_award_s_name_or_an_ordinary_word(string fact, string person)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(person, mentions.People());
        Assert.DoesNotContain(person, mentions.Characters());
    }

    [Fact]
    public void The_agent_of_a_credit_is_not_the_role_a_later_participle_names()
    {
        var mentions = Extract.From("A série Noite Alta (2020), desenvolvida por Rui Tavares, imagina a juventude da vilã, vivida por Sara Pontes.");

        Assert.Contains("Rui Tavares", mentions.People());
        Assert.DoesNotContain("Rui Tavares", mentions.Characters());
    }

    [Theory]
    [InlineData("Dois anos depois, ela seria a atriz Lola Ruiz em Todo o Azul do Mar (1999), de Tomás Vela.", "Todo o Azul do Mar (1999)")]
    [InlineData("Entre as influências estão os contos do argentino Tomás Vela e 009: Missão no Gelo (1969).", "009: Missão no Gelo (1969)")]
    [InlineData("O diretor fechou a trilogia do Homem-Coruja com Coruja: A Noite Final (2012).", "Coruja: A Noite Final (2012)")]
    [InlineData("Ele era pouco conhecido em Hollywood: em 400 (2006), fez um rei persa.", "400 (2006)")]
    [InlineData("Com o prestígio conquistado, ela dirigiu nos Estados Unidos Erva Daninha (1987), com astros locais.", "Erva Daninha (1987)")]
    [InlineData("Sucedido por Homem-Coruja: Através da Noite (2023), com direção de Tomás Vela.", "Homem-Coruja: Através da Noite (2023)")]
    public void A_dated_title_begins_after_the_name_country_or_colon_before_it(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Depois ele filmou na Coreia do Sul Corredor Vazio (2018), com atores locais.", "Corredor Vazio (2018)")]
    [InlineData("A produtora rodou na África do Sul Maré Seca (2004) em apenas seis semanas.", "Maré Seca (2004)")]
    public void A_country_with_its_point_of_the_compass_is_no_part_of_the_title_after_it(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Nos anos 1940, ela cantou em comédias como Sucedeu em Lisboa (1944) e Baile na Roça (1946).", "Sucedeu em Lisboa (1944)")]
    [InlineData("O diretor voltou ao tema em Marta Partiu para o Sul (2011), sobre uma cantora do interior.", "Marta Partiu para o Sul (2011)")]
    public void A_capitalised_verb_before_a_preposition_keeps_the_clause_in_the_title(string fact, string title) =>
        Assert.Contains(title, Extract.From(fact).Titles());

    [Fact]
    public void A_role_after_papel_de_is_no_part_of_the_title_after_em()
    {
        var mentions = Extract.From("O ator ficou famoso pelo papel de Caju Doido em Morro Alto (2003), de Lia Campos.");

        Assert.Equal(["Morro Alto (2003)"], mentions.Titles());
        Assert.Contains("Caju Doido", mentions.Characters());
    }

    [Theory]
    [InlineData("Depois ela dirigiu a ficção Casa de Vidro (2010), com atores estreantes.", "Casa de Vidro (2010)")]
    [InlineData("O estúdio apostou no faroeste Terra de Ninguém (1958), filmado no deserto.", "Terra de Ninguém (1958)")]
    public void A_genre_before_a_title_describes_the_work_and_makes_no_role_of_its_first_words(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void A_title_joined_by_e_after_the_place_of_another_begins_after_the_e() =>
        Assert.Equal(
            ["Vento Norte (1972)", "Pedras Soltas (1972)"],
            Extract.From("No mesmo ano, ela rodou Vento Norte (1972) na Ásia e Pedras Soltas (1972) no México.").Titles());

    [Fact]
    public void A_title_that_asks_keeps_its_comma() =>
        Assert.Contains("O Que Houve, Menino? (1997)", Extract.From("Antes dele, concorreram O Vento (1995) e O Que Houve, Menino? (1997).").Titles());

    [Fact]
    public void A_title_joined_by_e_to_a_name_without_a_number_or_article_stays_whole() =>
        Assert.Equal(["Romeu e Julieta (1968)"], Extract.From("O diretor adaptou Romeu e Julieta (1968) com atores jovens.").Titles());

    [Theory]
    [InlineData("No fim, o Homem-Coruja salva a cidade sem tirar a máscara.", "Homem-Coruja")]
    [InlineData("A Mulher-Vespa só aparece na cena depois dos créditos.", "Mulher-Vespa")]
    public void A_hero_named_the_Portuguese_way_is_a_character(string fact, string hero) =>
        Assert.Contains(hero, Extract.From(fact).Characters());

    [Theory]
    [InlineData("O segredo é Lena Farias, irmã de Caio Brandão, que sumiu em 1980.")]
    [InlineData("A esposa morta de Caio Brandão, Lena Farias, nunca aparece em cena.")]
    [InlineData("No diário ela encontra o nome de Lena Farias, filha do bruxo Caio Brandão, e entende tudo.")]
    public void A_relative_of_a_character_is_a_character(string fact)
    {
        var mentions = Extract.FromFile(["Tadeu Lins vive Caio Brandão, o herdeiro.", fact]);

        Assert.Contains("Lena Farias", mentions[1].Characters());
        Assert.DoesNotContain("Lena Farias", mentions[1].People());
    }

    [Fact]
    public void A_kinship_describing_the_name_before_it_makes_no_relative_of_the_name_after()
    {
        var mentions = Extract.FromFile(["Tadeu Lins vive Caio Brandão, o herdeiro.", "O elenco tem Vera Lins como Dona Rosa, a mãe de Caio Brandão, Sônia Prado no papel da cozinheira."]);

        Assert.Contains("Sônia Prado", mentions[1].People());
    }

    [Fact]
    public void A_family_name_alone_is_the_credited_character_who_bears_it() =>
        Assert.Equal(["Caio Brandão"], Extract.From("A irmã de Brandão sumiu em 1980.", new SubjectCredit("Tadeu Lins", "ator", "Caio Brandão")).Characters());

    [Fact]
    public void A_relative_of_a_person_stays_a_person() =>
        Assert.Contains("Lena Farias", Extract.From("No elenco está Lena Farias, filha de Tadeu Lins, em sua estreia.").People());

    [Fact]
    public void A_place_of_the_plot_is_no_character() =>
        Assert.DoesNotContain("Olinda", Extract.From("Na trama, Joana é filha de Clarice, dona de uma pensão em Olinda.").Characters());

    [Theory]
    [InlineData("Tadeu Lins dirigiu o filme e ainda interpreta o protagonista, Ugo Ferrante, um garçom sonhador.", "Ugo Ferrante")]
    [InlineData("Na versão original, Sônia Prado é a voz de Mara Quintela, a vizinha do herói.", "Mara Quintela")]
    public void A_role_in_apposition_or_a_voice_is_a_character(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Fact]
    public void An_actor_between_roles_in_a_cast_list_stays_a_person() =>
        Assert.Contains("Rui Vaz", Extract.From("Completam o elenco Tadeu Lins, como o bispo, Rui Vaz, como o major, e Sônia Prado.").People());
}
