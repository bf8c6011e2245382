namespace TriviaApi.Extraction;

/// <summary>
/// Kinds of work and of thing: a capitalised name right after one is a title or a thing's name, not a person's
/// ("a franquia Homem Aranha", "a empresa Cosmos Engenharia"); and the words that say how one film follows another.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Nouns for kinds of work: a capitalised name right after one is a title, not a person.</summary>
    public static readonly HashSet<string> WorkNouns = Folded(
        "filme", "filmes", "longa", "curta", "cinebiografia", "franquia", "trilogia", "série", "seriado", "saga", "sequência",
        "continuação", "remake", "musical", "comédia", "drama", "documentário", "animação", "novela", "peça",
        "espetáculo", "livro", "romance", "quadrinho", "quadrinhos", "hq", "música", "canção", "faixa",
        "álbum", "disco", "single", "trilha", "programa", "episódio", "clássico", "clássicos", "game", "jogo",
        "refilmagem", "adaptação", "telenovela", "minissérie", "título", "valsa", "sinfonia", "sonata", "ópera", "hino", "suíte",
        "poema", "conto", "balé", "oratório", "cantata", "ficção", "thriller", "faroeste", "western", "melodrama");

    /// <summary>Kinds of work that are not films: a dated title after one is no film of the knowledge base.</summary>
    public static readonly HashSet<string> WorksOtherThanFilms = Folded(
        "novela", "novelas", "telenovela", "série", "séries", "seriado", "minissérie", "peça", "livro", "romance",
        "álbum", "disco", "single", "canção", "música", "programa", "episódio", "game", "jogo", "hq", "quadrinho", "quadrinhos",
        "clipe", "videoclipe", "ópera", "opereta", "sinfonia", "sonata", "valsa", "hino", "balé", "suíte", "poema", "conto",
        "oratório", "cantata");

    /// <summary>
    /// Words that open a sentence to say how a film relates to another, before a preposition or a colon; never part
    /// of the title after them: "Sucedido por ...", "Continuação de ...", "Sequência: ...".
    /// </summary>
    public static readonly HashSet<string> FilmOrderCues = Folded(
        "antecedido", "antecedida", "precedido", "precedida", "sucedido", "sucedida", "seguido", "seguida",
        "continuação", "continuacao", "sequência", "sequencia", "sequel", "prequela", "prequel", "prólogo",
        "refilmagem", "remake", "baseado", "baseada", "inspirado", "inspirada", "adaptação", "adaptado", "adaptada",
        "derivado", "derivada", "spin-off", "versão", "releitura", "homenagem", "paródia", "anterior", "seguinte",
        "próximo", "predecessor", "sucessor", "antecessor");

    /// <summary>Nouns for kinds of organisation, place or thing: a capitalised name right after one is its name, not a person's.</summary>
    public static readonly HashSet<string> ThingNouns = Folded(
        "empresa", "companhia", "estúdio", "estúdios", "produtora", "distribuidora", "banda", "grupo", "revista", "time", "sociedade", "seita", "irmandade", "ponte",
        "jornal", "site", "portal", "canal", "emissora", "rede", "loja", "hotel", "bar", "restaurante", "boate",
        "clube", "navio", "nave", "barco", "iate", "cargueiro", "petroleiro", "transatlântico", "submarino", "trem", "foguete", "avião", "cidade", "bairro", "planeta", "ilha", "fazenda", "escola",
        "colégio", "universidade", "hospital", "prisão", "presídio", "igreja", "festival", "taverna", "cabaré",
        "pub", "cassino", "pousada", "pensão", "motel", "lanchonete", "parque", "atração", "fábrica",
        "mostra", "prêmio", "troféu", "marca", "gravadora", "editora", "selo", "boletim", "programa", "emissora",
        "plataforma", "projeto", "iniciativa", "missão", "aplicativo", "serviço", "streaming", "cantina", "lei", "brinquedo", "telejornal", "noticiário",
        "coletivo", "consórcio", "corretora", "construtora", "empreiteira", "mineradora", "petrolífera", "seguradora",
        "financeira", "banco", "agência", "museu", "galeria", "propriedade", "mansão", "castelo", "abadia", "mosteiro", "convento",
        "teste", "operação", "seção");

    /// <summary>A kind of thing, singular or plural: "os prêmios David di Donatello".</summary>
    public static bool IsThingNoun(string folded) =>
        ThingNouns.Contains(folded)
        || (folded.EndsWith('s') && ThingNouns.Contains(folded[..^1]))
        || (folded.EndsWith("oes", StringComparison.Ordinal) && ThingNouns.Contains(folded[..^3] + "ao"));
}
