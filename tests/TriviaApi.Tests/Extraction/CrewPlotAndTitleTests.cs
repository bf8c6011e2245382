namespace TriviaApi.Tests.Extraction;

/// <summary>
/// Crew credited by their work ("a fotografia é de ..."), actors where a role was expected, names of the plot, and
/// titles that open with a question, a numbered colon or a country before a preposition.
/// </summary>
public class CrewPlotAndTitleTests
{
    [Theory]
    [InlineData("A fotografia é de Ivan Serafim, e a montagem, de Clara Bastião.", "Ivan Serafim", "diretor de fotografia")]
    [InlineData("A fotografia é de Ivan Serafim, e a montagem, de Clara Bastião.", "Clara Bastião", "montador")]
    [InlineData("A trilha sonora é da uruguaia Dolores Arrieta.", "Dolores Arrieta", "compositor")]
    [InlineData("Música: Ivan Serafim compôs o tema principal em uma semana.", "Ivan Serafim", "compositor")]
    public void The_author_of_a_crew_work_is_a_person_of_that_profession(string fact, string person, string profession) =>
        Assert.Contains(profession, Extract.From(fact).ProfessionsOf(person));

    [Fact]
    public void A_crew_credit_keeps_a_person_whose_first_name_a_character_shares()
    {
        var mentions = Extract.FromFile(["O papel de Ivan coube a Tadeu Lins.", "A fotografia é de Ivan Serafim."]);

        Assert.Contains("Ivan Serafim", mentions[1].People());
        Assert.Empty(mentions[1].Characters());
    }

    [Theory]
    [InlineData("Outros papéis: Tadeu Lins vive o Conde Bertoldo, e Caio Reis interpreta o Padre Anselmo.", "Tadeu Lins")]
    [InlineData("Personagem: Lurdes, a criada que espiona a casa, é vivida por Sônia Prado, que depois faria novelas.", "Sônia Prado")]
    [InlineData("Personagem: Rui, sobrinho da dona da pensão, é um seminarista; o papel ficou com Tadeu Lins.", "Tadeu Lins")]
    [InlineData("Personagem: Lurdes Prates finge ser a enteada da viúva. Quem lhe dá vida é Sônia Prado.", "Sônia Prado")]
    [InlineData("Atriz: foi a segunda heroína de Jorge Vasques vivida por Sônia Prado nas telas.", "Jorge Vasques")]
    [InlineData("A dublagem trouxe Dora e Lia Fanti nos papéis de Mara e Tina, Tadeu Lins como o pai e Sônia Prado como a mãe.", "Tadeu Lins")]
    [InlineData("A obsessão do herói é a garçonete da lanchonete, papel da catarinense Sônia Prado.", "Sônia Prado")]
    [InlineData("Horácio, o barqueiro medroso que guia o grupo, foi o papel de Tadeu Lins.", "Tadeu Lins")]
    [InlineData("Tadeu Lins (Rui Vaz) e Sônia Prado (Alma Vaz) fazem os pais adotivos do menino.", "Tadeu Lins")]
    [InlineData("O menino lembra o filho do personagem de Tadeu Lins em outro drama.", "Tadeu Lins")]
    public void The_one_who_plays_is_a_person_where_a_role_was_expected(string fact, string actor)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(actor, mentions.People());
        Assert.DoesNotContain(actor, mentions.Characters());
    }

    [Theory]
    [InlineData("Horácio, o barqueiro medroso que guia o grupo, foi o papel de Tadeu Lins.", "Horácio")]
    [InlineData("Tadeu Lins (Rui Vaz) e Sônia Prado (Alma Vaz) fazem os pais adotivos do menino.", "Rui Vaz")]
    [InlineData("Na trama, Dora é possuída por Zelda Marr, a Dona do Portão, e Caio por Vinte Klaus.", "Zelda Marr")]
    [InlineData("Na trama, Dora é possuída por Zelda Marr, a Dona do Portão, e Caio por Vinte Klaus.", "Vinte Klaus")]
    [InlineData("Uma fã de Norma Kessler, a personagem de Sônia Prado, morre na porta do teatro.", "Norma Kessler")]
    [InlineData("O rapaz, Vicente Grael, é vivido por Tadeu Lins, que perdeu peso para o papel.", "Vicente Grael")]
    [InlineData("Com o mesmo diretor, Sônia Prado viveu depois Ana Clara, a filha da protagonista.", "Ana Clara")]
    [InlineData("Para voltar como Rosa Telles, Sônia Prado treinou por meses.", "Rosa Telles")]
    [InlineData("Tadeu Lins voltou a cantar em cena como Bruno Faria, o Galo, em Noite de Gala (2019).", "Bruno Faria")]
    [InlineData("A atriz vinha de Três É Pouco (1998), em que foi a professora Rosa Telles.", "Rosa Telles")]
    [InlineData("Sônia Prado estrelou antes Salto Alto (1991), como a cantora Rosa Telles, que volta a Madri.", "Rosa Telles")]
    public void A_role_is_a_character(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Theory]
    [InlineData("O diretor já tinha feito Quem Vai Casar com Alice? (1998) antes de aceitar.", "Quem Vai Casar com Alice? (1998)")]
    [InlineData("Sucedido por O Caçador de Sombras 3: A Volta (2003), de Ivo Serrano.", "O Caçador de Sombras 3: A Volta (2003)")]
    [InlineData("Ficou conhecido fora da Argentina com Nove Mentiras (2000).", "Nove Mentiras (2000)")]
    [InlineData("A trama se passa no século XVIII em Valmonte - Uma Intriga (1989).", "Valmonte - Uma Intriga (1989)")]
    [InlineData("Depois veio a parceria de Furtado em Meu Primo Matou um Cara (2004).", "Meu Primo Matou um Cara (2004)")]
    [InlineData("O estúdio lançou depois ROBÔ·X (2008), sobre um robô solitário.", "ROBÔ·X (2008)")]
    public void A_title_starts_where_it_starts(string fact, string title)
    {
        var mentions = Extract.From(fact);

        Assert.Equal([title], mentions.Titles());
        Assert.DoesNotContain("Quem Vai Casar", mentions.People());
    }

    [Theory]
    [InlineData("O filme perdeu a Palma para Rosário (1999), de Marcos e Paulo Vianelli.", "Marcos Vianelli")]
    [InlineData("O festival premiou Aquário (2016), de Kleber Moraes Filho. Depois, a vaga ficou com outro filme de Kleber Moraes.", "Kleber Moraes Filho")]
    public void A_name_written_short_is_the_person_it_shortens(string fact, string person)
    {
        var people = Extract.FromFile([fact]).SelectMany(m => m.People()).ToList();

        Assert.Contains(person, people);
        Assert.DoesNotContain(people, p => p is "Marcos" or "Kleber Moraes");
    }

    [Theory]
    [InlineData("A produção veio da italiana Arcadia Production, de Marco Bellini.", "Arcadia Production")]
    [InlineData("O roteiro nasceu de uma visita ao parque Ocean World, na Califórnia.", "Ocean World")]
    [InlineData("O parque temático abriga a Casa de Satsuko, erguida para a exposição.", "Casa de Satsuko")]
    public void Companies_and_places_are_no_people(string fact, string name) =>
        Assert.DoesNotContain(name, Extract.From(fact).People());
}
