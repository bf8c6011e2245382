namespace TriviaApi.Domain;

/// <summary>A topic of the taxonomy, and the accent-folded word stems that put a fact under it.</summary>
public sealed record TagDefinition(string Slug, string NamePt, string NameEn, string Description, IReadOnlyList<string> Cues);

/// <summary>
/// The topics a fact can have. A fact gets every topic whose cue stems it contains (a stem matches at the start
/// of a word: "filmag" matches "filmagem" and "filmagens"), and <c>general</c> when none matches.
/// </summary>
public static class TagTaxonomy
{
    public const string FallbackSlug = "general";

    public static readonly IReadOnlyList<TagDefinition> All =
    [
        new("music", "Música", "Music", "Songs, score, instruments and musicians.",
            ["music", "piano", "pianist", "compositor", "composi", "trilha sonora", "cancao", "cancoes", "cantor",
             "cantar", "cantou", "canta ", "violao", "jazz", "baterista", "bateria", "orquestra", "melodia",
             "partitura", "tocar", "tocad", "tocou", "album", "grammy", "numero musical", "numeros musicais"]),
        new("casting", "Elenco", "Casting", "Who was cast, considered, replaced or turned a role down.",
            ["papel", "papeis", "elenco", "escalad", "cogitad", "selecionad", "audicao", "audicoes", "recusou",
             "recusad", "interpret", "protagoni", "coestrel", "co-estrel", "estrelad", "atuar", "substitu",
             "escolh", "contratad", "inclui-la", "inclui-lo", "viveu", "vive ", "ponta", "cameo", "participacao especial",
             "aparece como"]),
        new("production", "Produção", "Production", "Shooting, recording, budget and how the film was made.",
            ["filmag", "filmad", "filmar", "gravad", "gravacao", "gravacoes", "tomada", "cena ", "cenas",
             "roteiro", "bastidor", "pre-producao", "pos-producao", "orcamento", "estudio", "camera", "ensai",
             "cortes", "efeitos", "dirigi", "montagem", "set ", "improvis", "trilogia", "sequencia", "continuacao",
             "lancad", "lancamento"]),
        new("locations", "Locações", "Locations", "Where it was shot or set: cities, venues, buildings.",
            ["locais", "locacao", "locacoes", "cidade", "bairro", "ferroviaria", "estacao", "avenida",
             "teatro", "theatre", "observatorio", "parque", "predio", "praia", "centro de", "sul de", "norte de"]),
        new("awards", "Prêmios", "Awards", "Awards won, nominations and ceremonies.",
            ["oscar", "premio", "premios", "premiad", "premiac", "indicad", "indicac", "nomead", "nomeac",
             "vencedor", "venceu", "ganhou", "ganhador", "estatueta", "globo de ouro", "bafta", "emmy",
             "melhor filme", "melhor ator", "melhor atriz", "melhor diretor", "categoria", "concorreu", "trofeu"]),
        new("festivals", "Festivais", "Festivals", "Premieres and festival screenings.",
            ["festival", "festivais", "estreou", "estreia", "premiere", "mostra de", "cannes", "sundance", "berlinale"]),
        new("references", "Referências", "References", "Homages, inspirations and nods to other works.",
            ["referencia", "homenag", "inspirad", "inspiracao", "inspirou", "alusao", "tributo", "easter egg",
             "classicos", "citacao", "parodia", "remete", "baseado", "baseada", "adaptacao", "adaptad", "livro"]),
        new("costumes", "Figurino", "Costumes", "Costumes, clothes, make-up and the people who made them.",
            ["figurin", "vestido", "roupa", "traje", "estilista", "maquiagem", "penteado", "sapato", "chapeu",
             "terno", "guarda-roupa"]),
        new("career", "Carreira", "Career", "The careers and other work of the people involved.",
            ["carreira", "trabalho", "trabalhos", "filmografia", "profission", "juntos", "participaram",
             "franquia", "primeiro filme", "segundo filme", "terceiro filme", "co-estrelado", "coestrelado"]),
        new("real-life", "Vida real", "Real life", "Events in the lives of cast and crew off the screen.",
            ["vida real", "na verdade", "pessoal", "casad", "casamento", "namor", "infancia", "familia",
             "mudou-se", "muda-se", "se mudou"]),
        new("box-office", "Bilheteria", "Box office", "Budget, takings and audience figures.",
            ["bilheteria", "arrecad", "us$", "r$", "milhoes de dolares", "orcamento", "espectadores"]),
        new(FallbackSlug, "Curiosidades", "General", "Facts no other topic covers.", []),
    ];

    /// <summary>Every topic's slug: the closed set a tag filter takes and a response's topic has.</summary>
    public static readonly IReadOnlyList<string> Slugs = [.. All.Select(t => t.Slug)];
}
