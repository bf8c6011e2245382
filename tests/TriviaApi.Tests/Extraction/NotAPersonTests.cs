namespace TriviaApi.Tests.Extraction;

/// <summary>Organisations, companies, sites, places, events and franchises: capitalised, and never people.</summary>
public class NotAPersonTests
{
    [Theory]
    [InlineData("A distribuição ficou a cargo da Vitrine Filmes no Brasil.")]
    [InlineData("Foi coproduzido pela 20th Century Studios e pela Lightstorm.")]
    [InlineData("A \"Boa Vista Produções\" bancou metade do orçamento.")]
    [InlineData("Tem 94% de aprovação no Rotten Tomatoes.")]
    [InlineData("Segundo o Box Office Mojo, arrecadou o dobro do esperado.")]
    [InlineData("No IMDb, a nota média passa de oito.")]
    [InlineData("Na trama, a empresa Cosmos Engenharia esconde o acidente.")]
    [InlineData("Produção: Lunar Cinematografica e Monte Verde, com dinheiro italiano.")]
    [InlineData("Ele perde o emprego na corretora P.J. Hamilton logo depois da crise.")]
    [InlineData("O mangá saiu primeiro na revista Lumen, da editora Kanbo Shoten, em 1982.")]
    [InlineData("A versão restaurada passou na seção Venice Reborn do festival, em 2015.")]
    public void Companies_and_sites_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("As cenas de rua foram gravadas na Vila Madalena e em Copacabana.")]
    [InlineData("A equipe passou dois meses em Ouro Preto.")]
    [InlineData("O set foi montado em Belo Horizonte.")]
    [InlineData("A estreia asiática foi em Hong Kong, com a equipe toda.")]
    [InlineData("É o nome alemão da cidade termal de Karlovy Lázně, na atual República Tcheca.")]
    public void Places_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("A cena do naufrágio foi filmada em Porto Fino.")]
    [InlineData("A diretora nasceu em Campo Alegre, no interior.")]
    [InlineData("Tudo se passa na cidade de Pedra Azul.")]
    [InlineData("O navio Vento Sul afunda no segundo ato.")]
    [InlineData("A produção é da Boa Sorte Filmes em parceria com a Cinco Ventos, empresa do diretor.")]
    [InlineData("Os cinco amigos ficaram conhecidos como Turma Dourada.")]
    [InlineData("A cena foi rodada no Café des Trois Amis, na Rue Mouffetard.")]
    [InlineData("A banda Os Rapazes de Prata gravou a trilha.")]
    public void A_name_after_where_something_happened_or_a_kind_of_thing_is_not_a_person(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("A trama se passa durante a Guerra do Paraguai.")]
    [InlineData("O roteiro usa a Guerra Fria como pano de fundo.")]
    [InlineData("A história começa logo após a Revolução Russa.")]
    [InlineData("O filme retrata os anos da Ditadura Militar.")]
    public void Historical_events_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("É o quarto filme do Universo Cinematográfico da Marvel.")]
    [InlineData("A Saga Infinito terminou com este capítulo.")]
    public void Franchise_terms_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void A_founder_named_as_a_person_is_a_person_though_a_studio_bears_the_name() =>
        Assert.Equal(["Walt Disney"], Extract.From("O produtor Walt Disney visitou o set em 1960.").People());

    [Fact]
    public void A_company_running_into_a_persons_name_is_not_one_person() =>
        Assert.DoesNotContain("Warner Bros Kevin Tsujihara", Extract.From("A Warner Bros Kevin Tsujihara aprovou o projeto.").People());

    [Fact]
    public void A_name_inside_a_quoted_song_title_is_not_a_person() =>
        Assert.Equal(["Dusty Springfield"], Extract.From("Toca \"Son of a Travelling Man\", de Dusty Springfield.").People());

    [Fact]
    public void A_roman_numeral_belongs_to_the_name() =>
        Assert.Equal(["Bento Ramos II"], Extract.From("O filme foi exibido para o rei Bento Ramos II em Lisboa.").People());

    [Fact]
    public void A_name_split_by_a_comma_before_jr_is_one_person() =>
        Assert.Equal(["Roberto Alves, Jr."], Extract.From("Roberto Alves, Jr. recusou o papel.").People());

    [Theory]
    [InlineData("A trama se passa entre a invasão e a Crise dos Foguetes, em 1962.")]
    [InlineData("A história se passa durante a chamada Era dos Reis da Montanha.")]
    [InlineData("A comissão sobre Mortos e Desaparecidos Políticos reconheceu o erro.")]
    [InlineData("O livro seguinte, Vamos Aquecer a Lua, saiu em 1974.")]
    [InlineData("Os apresentadores anunciaram Noite Branca: Cantando Estrelas por engano.")]
    [InlineData("Na mesma noite, o prêmio de atriz foi para Lia Não Dorme Mais Aqui.")]
    public void Events_and_runs_of_ordinary_words_and_verbs_are_not_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void A_name_after_antes_de_is_not_the_role_played_after_it() =>
        Assert.Empty(Extract.From("Antes de Rocha, o vilão foi vivido por Caio Romano na televisão.").Characters);

    [Fact]
    public void A_name_after_a_kind_of_work_and_its_nationality_is_the_works() =>
        Assert.Empty(Extract.From("Anos depois, o pátio serviu de cenário para a série chinesa Qiao Jia Da Yuan.").People);

    [Theory]
    [InlineData("A jornalista já tinha contado a vida da cantora em Tempestade Lia, de 1985.", "Tempestade Lia")]
    [InlineData("Ele ficou conhecido como astro da série 77 Vale Azul antes do cinema.", "Vale Azul")]
    [InlineData("A produção é de Renato Lins, pela PEA (Produzioni Serrane Associate).", "Produzioni Serrane Associate")]
    [InlineData("A corrida ao Nortons Fidelity Bank começa quando o menino perde a moeda.", "Nortons Fidelity Bank")]
    [InlineData("Os dois romperam depois que o diretor depôs no Comitê de Atividades Secretas, em 1952.", "Atividades Secretas")]
    [InlineData("Fora do Paraguai, o ator ficou conhecido pelo apelido.", "Fora do Paraguai")]
    [InlineData("Leitura: Tempestade Lia, biografia escrita por uma jornalista paulista.", "Tempestade Lia")]
    [InlineData("Ele dança ao som do prelúdio de Valmorin, ópera de Ricardo Vagner, até o balão estourar.", "Valmorin")]
    [InlineData("No baile, a música fica a cargo de Johnny Lorca and the Tigers, banda fictícia.", "Johnny Lorca")]
    public void A_work_dated_by_de_a_show_after_its_number_and_a_company_are_no_people(string fact, string name) =>
        Assert.DoesNotContain(name, Extract.From(fact).People());

    [Fact]
    public void Oscar_before_a_surname_and_a_numeral_is_a_given_name() =>
        Assert.Contains("Oscar Lindqvist II", Extract.From("As canções são de Renato Lins e Oscar Lindqvist II, que morreu meses depois.").People());

    [Theory]
    [InlineData("Ele levou o troféu de Artista Revelação em 2000.")]
    [InlineData("O diretor já tinha levado a Palma de Ouro de Cannes dois anos antes.")]
    [InlineData("A fotografia foi feita em Super Panavision 70, formato raro na época.")]
    public void Categories_metal_awards_and_numbered_things_are_no_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("Numa visita à Moreau Leblanc, em Paris, o diretor teve a ideia do final.")]
    [InlineData("O pai do menino é capitão do cargueiro Aurora Boreal e passa meses no mar.")]
    public void Places_and_ships_are_no_people(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("O avô fundou a empreiteira Borges Tavares nos anos 1950.")]
    [InlineData("Ele foi a Londres para vender a propriedade Hollow Manor, herança da tia.")]
    [InlineData("O casamento acontece no castelo Monte Aldo, no norte.")]
    public void A_company_or_a_property_named_after_its_kind_is_nobody(string fact) =>
        Assert.Empty(Extract.From(fact).People());

    [Fact]
    public void A_name_before_e_and_a_full_name_after_por_outside_a_credit_keeps_its_own_family_name()
    {
        var facts = Extract.FromFile(["O projeto teve ajuda de Rui Lucas.", "O prêmio foi entregue por Lucas e Steven Prado."]);

        Assert.Equal(["Rui Lucas", "Steven Prado"], facts[1].People());
    }

    [Theory]
    [InlineData("Na trilha estão a valsa Rosa Branca e a sinfonia Noite Clara, ambas de compositores alemães.")]
    [InlineData("O barco foi atingido pela radiação do teste Pedra Alta, feito no Pacífico.")]
    [InlineData("Estúdio: Walt Prado Animation, com distribuição própria.")]
    public void A_piece_of_music_a_test_and_a_studio_named_after_its_kind_are_nobody(string fact) =>
        Assert.Empty(Extract.From(fact).People());

    [Theory]
    [InlineData("As filmagens aconteceram em cidades como Morton Hale, Ellis Crane e Lehi.")]
    [InlineData("A equipe rodou em bairros como Harper Mills e Sandy Brook.")]
    public void Examples_listed_after_a_plural_noun_for_places_are_places(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("Os soldados desembarcam em Recife na chamada Marcha dos Quinhentos.")]
    [InlineData("O diretor foi um nome da chamada Geração Cinco, ao lado de colegas de escola.")]
    public void A_name_after_an_article_and_chamada_is_a_so_called_thing_and_no_role(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Empty(mentions.Characters);
        Assert.Empty(mentions.People);
    }

    [Theory]
    [InlineData("Trilha sonora: Pequeña Orquesta del Puerto")]
    [InlineData("Música: Quinteto Vento Leste, com arranjos de Rosa Amaral")]
    [InlineData("A trilha é da Filarmónica de Valparaíso, regida pela maestrina Rosa Amaral.")]
    public void An_ensemble_is_no_person_even_under_a_label_of_music(string fact) =>
        Assert.Equal(fact.Contains("Rosa Amaral", StringComparison.Ordinal) ? ["Rosa Amaral"] : [], Extract.From(fact).People());

    [Fact]
    public void A_person_whose_trade_is_a_bands_is_still_a_person() =>
        Assert.Equal(["Tião Bandeira"], Extract.From("Trilha sonora: Tião Bandeira, da banda Os Quatro Ventos").People());
}
