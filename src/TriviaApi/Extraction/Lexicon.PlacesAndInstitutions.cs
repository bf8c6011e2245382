namespace TriviaApi.Extraction;

/// <summary>
/// Words that make a run of capitals a place's, an institution's or an event's rather than a person's: nouns of
/// place, countries, words of bodies and ensembles in the languages credits use, and the heads and tails of such
/// names ("Guerra do Paraguai", "Central Park"). The countries come first: the words of institutions hold them.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Nouns for places that "de" names: "a cidade de Pedra Azul", "o estado do Pará".</summary>
    public static readonly HashSet<string> PlaceNouns = Folded(
        "cidade", "cidades", "estado", "bairro", "ilha", "região", "país", "vila", "município", "província",
        "distrito", "comunidade", "favela", "morro", "rua", "avenida", "praia", "capital", "interior", "litoral",
        "periferia", "subúrbio", "centro", "zona", "sertão", "vale", "serra",
        "cantina", "praça", "baía", "costa", "condado", "povoado", "aldeia", "vilarejo", "lugarejo", "arraial",
        "localidade", "balneário", "enseada", "cidadezinha");

    /// <summary>Those who govern or live in a place, and its outskirts, that "de" names: "o governador de Sergipe", "os moradores de Vila Rica".</summary>
    public static readonly HashSet<string> PeopleAndOutskirtsOfPlaces = Folded(
        "governador", "governadora", "prefeito", "prefeita", "vereador", "vereadora", "morador", "moradora", "moradores",
        "habitante", "habitantes", "população", "arredores", "cercanias");

    /// <summary>Stems of verbs that put a place after "em": "filmado em", "nasceu em", "se passa em".</summary>
    public static readonly string[] LocationVerbs =
        ["filmad", "filmou", "filmar", "gravad", "gravou", "rodad", "rodou", "ambientad", "nasc", "morou", "mora", "morreu",
         "situad", "localizad", "sediad", "passa", "cresceu", "filmage", "gravaco", "locaco"];

    /// <summary>Countries, whose names are ordinary words too ("argentina"); a name run holding one is a place's.</summary>
    private static readonly string[] CountryNames =
        ["brasil", "frança", "inglaterra", "itália", "alemanha", "japão", "canadá", "argentina", "méxico", "espanha",
         "rússia", "coreia", "austrália", "colômbia", "irlanda", "escócia", "suécia", "dinamarca", "noruega", "holanda",
         "bélgica", "suíça", "áustria", "polônia", "grécia", "hungria", "áfrica", "ásia"];

    public static readonly HashSet<string> Countries = Folded(CountryNames);

    /// <summary>
    /// A country as written, accents and all: "Franca Marzi" is no "França", and after a given name a country is a
    /// family name ("Patrícia França").
    /// </summary>
    public static bool IsCountryAsWritten(Token token) => CountryNames.Contains(token.Text.ToLowerInvariant());

    /// <summary>
    /// Words that make a name an ensemble's in any of the languages credits are written in ("Pequeña Orquesta del Sur"),
    /// even after a trade: a label of the music credits bands as it credits composers.
    /// </summary>
    public static readonly HashSet<string> EnsembleWords = Folded(
        "orchestra", "orquestra", "orquesta", "orchestre", "orchester", "band", "banda", "filarmônica", "filarmónica", "philharmonic",
        "philharmoniker", "sinfônica", "sinfónica", "symphony", "ensemble", "quarteto", "quinteto", "cuarteto", "quartet", "quintet", "choir");

    /// <summary>Capitalised words that make a name an institution, place, award or event, never a person.</summary>
    public static readonly HashSet<string> NonPersonWords = [.. Countries, .. Folded(
        "theatre", "theater", "teatro", "cinema", "cine", "studio", "studios", "estúdio", "estúdios",
        "pictures", "films", "filmes", "records", "entertainment", "productions", "production", "produções", "producciones", "produzioni", "company", "images",
        "bank", "associate", "associates", "associati",
        "companhia", "academia", "academy", "universidade", "university", "escola", "school", "colégio",
        "instituto", "museu", "museum", "hotel", "restaurante", "bar", "café", "clube", "club", "parque",
        "praça", "rua", "avenida", "street", "avenue", "boulevard", "estação", "ferroviária",
        "station", "aeroporto", "ponte", "igreja", "catedral", "hospital", "observatório", "prédio", "edifício",
        "festival", "mostra", "prêmio", "prêmios", "award", "awards", "oscar", "oscars", "globo", "emmy",
        "grammy", "bafta", "urso", "melhor", "melhores", "cerimônia", "edição",
        "broadway", "hollywood", "netflix", "bros", "universal", "paramount", "lionsgate",
        "summit", "sony", "columbia", "mgm", "pixar", "marvel", "dc", "hbo", "amazon", "apple",
        "estados", "unidos",
        "califórnia", "europa", "américa", "sul", "norte", "leste", "oeste", "centro", "natal", "páscoa",
        "janeiro", "fevereiro", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro", "segunda-feira", "sexta-feira", "deus", "jesus", "film", "filme", "registry", "library",
        "biblioteca", "society", "sociedade", "association", "associação", "guild", "council", "conselho",
        "foundation", "fundação", "center", "centre", "network", "channel", "canal", "tv", "news", "times",
        "magazine", "revista", "jornal", "journal", "press", "group", "grupo", "corporation", "inc", "ltd",
        "college",
        // Spanish names of bodies: "Sociedad Cinematográfica del Sur".
        "compañía", "sociedad", "asociación", "fundación", "universidad", "estudios", "institute", "ministério", "governo", "exército",
        "cinematográfica", "cinematográfico", "cinematografia", "produtora", "distribuidora", "editora"), .. EnsembleWords];

    /// <summary>English words that make a name an award body, company or site: "National Board of Review", "Box Office Mojo".</summary>
    public static readonly HashSet<string> EnglishOrganisationWords = Folded(
        "board", "review", "critics", "circle", "choice", "commission", "committee", "federation", "league",
        "union", "agency", "office", "media", "releasing", "distribution", "features", "animation", "labs", "laboratories",
        "industries", "enterprises", "holdings", "productions", "associates", "partners", "brothers", "movie", "movies",
        "century", "island", "field", "lawn", "bay", "beach", "valley", "hills", "heights", "springs", "lake", "river",
        "bridge", "harbor", "harbour", "square", "garden", "gardens", "cemetery", "county", "city", "village", "town",
        "mall", "store", "shop", "diner", "motel", "inn", "ranch", "farm", "hall", "tower", "towers", "gang", "collection",
        "falls", "series", "cup", "bowl", "championship", "unit", "squad", "force", "patrol", "digital", "prix", "workshop",
        "broadcasting", "system", "systems");

    /// <summary>Of those, the words no family name is: "Akira Committee" is no person although Akira is a given name.</summary>
    public static readonly HashSet<string> EnglishOrganisationHeads = Folded(
        "committee", "commission", "federation", "league", "agency", "media", "releasing", "distribution", "laboratories",
        "labs", "industries", "enterprises", "holdings", "associates", "broadcasting", "system", "systems", "animation");

    /// <summary>Words that make a place of a name only after its first word: "Central Park", but "Park Chan-wook".</summary>
    public static readonly HashSet<string> PlaceTails = Folded("park", "point", "road", "country", "county", "canyon", "oriental", "ocidental");

    /// <summary>
    /// First words that make a run an event, place or organisation however the rest reads: "Guerra do Paraguai",
    /// "Vila Madalena", "Operação Lava Jato". Only first: "Ruy Guerra" is a person.
    /// </summary>
    public static readonly HashSet<string> NonPersonHeads = Folded(
        "guerra", "guerras", "crise", "revolução", "batalha", "ditadura", "golpe", "revolta", "levante", "massacre", "copa",
        "olimpíadas", "jogos", "império", "reino", "república", "era", "idade", "operação", "campanha", "movimento",
        "casa", "vila", "bairro", "morro", "favela", "serra", "lagoa", "baía", "praia", "estado", "condado", "distrito",
        "região", "zona", "largo", "ladeira", "travessa", "fazenda", "sítio", "engenho", "ilha", "lago", "mar",
        "oceano", "deserto", "floresta", "planeta", "galáxia", "nave", "navio", "prêmio", "troféu", "festival",
        "mostra", "associação", "sindicato", "universo", "saga", "franquia", "trilogia", "série", "rue", "avenue",
        "boulevard", "place", "via", "calle", "plaza", "piazza", "gare", "quai", "pont", "canal", "café",
        "lei", "palácio", "palazzo", "castelo", "projeto", "missão", "east", "west", "north", "south", "polícia",
        "comitê", "comissão", "conselho", "ministério", "secretaria", "fundação", "departamento", "tribunal",

        // A question opens titles ("Quem Vai Ficar com Mary?"), never a name.
        "quem", "qual", "quais", "cadê", "que", "what", "who", "where", "why", "how");

    /// <summary>Well-known places whose two words read like a person's name and no prefix or suffix gives away.</summary>
    public static readonly HashSet<string> PlaceNames = Folded(
        "hong kong", "joão pessoa", "campo grande", "mato grosso", "minas gerais", "espírito santo", "costa rica",
        "puerto rico", "sri lanka", "tel aviv", "cape town", "abu dhabi", "kuala lumpur", "cabo verde", "costa do marfim",
        "santa catarina", "rio grande", "foz do iguaçu", "juiz de fora", "campina grande", "vitória da conquista",
        "beverly hills");

    /// <summary>First words of multi-word place names: "Los Angeles", "São Paulo", "Nova York".</summary>
    public static readonly HashSet<string> PlacePrefixes = Folded(
        "los", "las", "san", "santa", "santo", "são", "new", "nova", "novo", "rio", "porto", "puerto", "port", "monte",
        "belo", "fort", "saint", "st", "lake", "salt", "buenos", "ciudad", "cidade", "ilha", "vale",
        // Romance articles: "La Louisiane", "Le Marais", "El Dorado".
        "la", "le", "les", "el");
}
