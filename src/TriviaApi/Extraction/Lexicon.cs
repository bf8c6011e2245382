using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The small, generic vocabulary extraction leans on: Portuguese function words, role nouns, cue words and
/// well-known institutions and places. It names no person or film of any trivia file, by design: the
/// importer must find those from patterns, on films it has never seen. Every entry is accent-folded.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words that are never part of a name, even when capitalised at the start of a sentence.</summary>
    public static readonly HashSet<string> FunctionWords = Folded(
        "a", "à", "ao", "aos", "as", "às", "o", "os", "um", "uma", "uns", "umas", "e", "ou", "mas", "nem",
        "de", "da", "do", "das", "dos", "em", "na", "no", "nas", "nos", "num", "numa", "por", "pelo", "pela",
        "pelos", "pelas", "para", "pra", "com", "sem", "sob", "sobre", "entre", "até", "após", "ante", "desde",
        "já", "segundo", "segunda", "depois", "antes", "como", "assim", "quando", "enquanto", "onde", "porque",
        "pois", "porém", "contudo", "entretanto", "todavia", "embora", "apesar", "além", "aliás", "inclusive",
        "também", "ainda", "então", "logo", "mesmo", "apenas", "só", "somente", "nunca", "sempre", "hoje",
        "ele", "ela", "eles", "elas", "seu", "sua", "seus", "suas", "este", "esta", "estes", "estas", "esse",
        "essa", "esses", "essas", "isso", "isto", "aquele", "aquela", "aquilo", "neste", "nesta", "nesse",
        "nessa", "deste", "desta", "desse", "dessa", "naquele", "naquela", "foi", "é", "era", "são", "foram",
        "primeiro", "primeira", "terceiro", "terceira", "último", "última", "outro", "outra", "todos", "todas",
        "grande", "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "cerca",
        "quase", "muito", "muitos", "muita", "muitas", "nenhum", "nenhuma", "algum", "alguma", "cada", "tal",
        "curiosidade", "trivia", "nota", "obs",
        // English and French function words, met in titles and place names inside facts.
        "the", "of", "in", "and", "on", "at", "to", "for", "with", "from", "when", "i", "my", "your", "is",
        "it", "me", "you", "we", "by", "an", "au", "aux", "des", "du", "les");

    /// <summary>Lower-case words that may sit inside a title ("Central do Brasil", "O Auto da Compadecida").</summary>
    public static readonly HashSet<string> TitleConnectors = Folded(
        "a", "à", "ao", "aos", "as", "às", "o", "os", "um", "uma", "uns", "umas", "e", "ou", "de", "da", "do", "das", "dos",
        "em", "na", "no", "nas", "nos", "por", "pelo", "pela", "para", "com", "sem", "sob", "sobre", "entre",
        "até", "contra", "que", "se", "the", "of", "in", "and", "on", "at", "to", "for", "with", "from", "a",
        "an", "le", "la", "les", "des", "du", "el", "los", "las", "y", "der", "die", "das", "und", "vs", "versus", "pra", "num", "numa",
        "pro", "di", "del", "della", "dei", "il", "te", "me", "lhe");

    /// <summary>Articles that start a title; after a lower-case preposition they mark where it begins.</summary>
    public static readonly HashSet<string> TitleArticles = Folded("o", "a", "os", "as", "um", "uma", "the");

    /// <summary>Particles inside personal names: "Nelson Pereira dos Santos", "Guillermo del Toro".</summary>
    public static readonly HashSet<string> NameParticles = Folded(
        "de", "da", "do", "dos", "das", "del", "van", "von", "der", "di", "du", "le", "la", "bin", "ibn");

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

    /// <summary>
    /// Titles of address that, heading a name no one is said to bear in life, make it a character of the story:
    /// "o temido Major Antônio Morais", "Seu Chico", "Agente Smith". Ranks above captain, royalty and clergy are left
    /// out: "General Custer", "Rainha Vitória" and "Padre Cícero" are more often history than fiction.
    /// </summary>
    public static readonly HashSet<string> CharacterTitles = Folded(
        "major", "coronel", "capitão", "capitã", "tenente", "sargento", "cabo", "soldado", "recruta", "comandante",
        "detetive", "inspetor", "inspetora", "delegado", "delegada", "xerife", "agente", "doutor", "doutora", "dr", "dra",
        "seu", "dona", "sr", "sra", "srta", "mr", "mrs", "madame", "tio", "tia", "vovô", "vovó", "papai", "mamãe", "imperador", "imperatriz",
        "lorde", "lord", "chef", "miss", "enfermeira", "enfermeiro");

    /// <summary>Animals whose names a story gives: "o coelho Alec Azam", "a cadela Baleia".</summary>
    public static readonly HashSet<string> AnimalNouns = Folded(
        "cachorro", "cachorra", "cão", "cadela", "gato", "gata", "coelho", "coelha", "cavalo", "égua", "burro", "jumento",
        "papagaio", "macaco", "macaca", "rato", "rata", "porco", "porca", "peixe", "tartaruga", "tubarão", "baleia", "golfinho",
        "polvo", "leão", "leoa", "tigre", "urso", "ursa", "elefante", "girafa", "pato", "pata", "galinha", "galo", "vaca", "boi",
        "touro", "cabra", "bode", "ovelha", "carneiro", "lobo", "loba", "raposa", "coruja", "águia", "corvo", "pinguim",
        "dinossauro", "dragão", "camaleão", "sapo", "rã", "cobra", "serpente", "jacaré", "crocodilo", "hamster", "periquito",
        "canário", "pássaro", "suricato", "javali", "hipopótamo", "rinoceronte", "gorila", "chimpanzé", "orangotango", "lagosta",
        "caranguejo", "siri", "esquilo", "guaxinim", "gambá", "morcego", "mula");

    /// <summary>Words after a name, behind a comma or not, that stay part of it: "Harry Connick, Jr.".</summary>
    public static readonly HashSet<string> NameSuffixes = Folded("jr", "sr", "júnior", "junior");

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

    /// <summary>Ordinary words the dictionary's stems miss, met in categories and events.</summary>
    public static readonly HashSet<string> OrdinaryWordsTheDictionaryLacks = Folded(
        "coadjuvante", "infinito", "nascimento", "refilmagem", "maquiagem", "roteiro", "longa", "curta", "metragem",
        "elenco", "bilheteria", "verão", "rio", "morro", "internacional", "nacional", "lançamento", "distribuidora",
        // Forms of "ir" and "ser" no ending leads back to their verb.
        "vamos", "vai", "vou", "vão", "fomos", "somos", "sou", "és");

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

    /// <summary>Role nouns: the words before a name that give a person's profession.</summary>
    private static readonly HashSet<string> RoleNouns = Folded(
        "ator", "atriz", "diretor", "diretora", "cineasta", "roteirista", "produtor", "produtora",
        "compositor", "compositora", "maestro", "maestrina", "músico", "musicista", "cantor", "cantora",
        "pianista", "baterista", "guitarrista", "violinista", "violoncelista", "saxofonista", "trompetista",
        "baixista", "percussionista", "figurinista", "estilista", "maquiador", "maquiadora", "cabeleireiro",
        "cabeleireira", "coreógrafo", "coreógrafa", "dançarino", "dançarina", "bailarino", "bailarina",
        "montador", "montadora", "editor", "editora", "fotógrafo", "fotógrafa", "cinegrafista",
        "cenógrafo", "cenógrafa", "escritor", "escritora", "autor", "autora", "romancista", "dramaturgo",
        "dramaturga", "poeta", "poetisa", "comediante", "humorista", "apresentador", "apresentadora",
        "jornalista", "crítico", "crítica", "dublê", "dublador", "dubladora", "rapper", "modelo",
        "empresário", "empresária", "animador", "animadora", "desenhista", "ilustrador", "ilustradora", "astro",
        "astros", "astronauta", "presidente", "ex-presidente", "senador", "senadora", "deputado", "deputada",
        "governador", "governadora", "ministro", "ministra", "historiador", "historiadora", "filósofo", "filósofa",
        "sociólogo", "socióloga", "pintor", "pintora", "escultor", "escultora", "arquiteto", "arquiteta", "cientista",
        "físico", "física", "campeão", "campeã", "pugilista", "atleta", "treinador", "treinadora", "sambista",
        "compositores", "atores", "atrizes", "diretores", "cineastas", "cantores", "músicos",
        "sambistas", "sanfoneiro", "sanfoneira", "violeiro", "violeira", "seresteiro", "supervisor", "supervisora");

    /// <summary>
    /// Nouns in "-ista" that name no one: "a lista de", "a revista Veja", and verbs ("assista", "exista"). Every other
    /// "-ista" before a name is an agent: "o sanfonista", "o cartunista", "a violonista".
    /// </summary>
    private static readonly HashSet<string> IstaWordsThatAreNoAgents = Folded(
        "lista", "pista", "vista", "revista", "entrevista", "conquista", "crista", "mista", "prevista", "imprevista",
        "benquista", "assista", "exista", "insista", "resista", "desista", "consista", "persista", "avista",
        // The hero of a story, a driver or a tourist of the plot: as often characters as people.
        "protagonista", "antagonista", "motorista", "vigarista", "turista", "trapezista", "equilibrista", "paulista",
        "nortista", "sulista");

    /// <summary>Creeds and temperaments, also prefixed ("neonazista", "anticomunista"): they describe characters as often as people.</summary>
    private static readonly string[] CreedEndings =
        ["nazista", "fascista", "comunista", "socialista", "racista", "terrorista", "supremacista", "golpista",
         "feminista", "anarquista", "extremista", "separatista", "integralista", "marxista", "capitalista", "idealista",
         "realista", "egoista", "otimista", "pessimista", "perfeccionista"];

    /// <summary>Trades of film-making: before a name they describe the person who works on a film, never a role in it.</summary>
    private static readonly HashSet<string> FilmTrades = Folded(
        "ator", "atriz", "diretor", "diretora", "cineasta", "roteirista", "produtor", "produtora", "compositor",
        "compositora", "montador", "montadora", "fotógrafo", "fotógrafa", "cinegrafista", "figurinista", "dublador",
        "dubladora", "animador", "animadora", "astro", "estrela", "coadjuvante", "protagonista", "diretor-assistente");

    public static bool IsFilmTrade(string folded) => FilmTrades.Contains(folded);

    /// <summary>Whether a word before a name gives the person's profession: the role nouns, and agents in "-ista".</summary>
    public static bool IsRoleNoun(string folded)
    {
        if (RoleNouns.Contains(folded))
        {
            return true;
        }

        var singular = folded.EndsWith("istas", StringComparison.Ordinal) ? folded[..^1] : folded;
        return singular.EndsWith("ista", StringComparison.Ordinal) && singular.Length > 5 && !IstaWordsThatAreNoAgents.Contains(singular)
            && !EndsWithAny(singular, CreedEndings);
    }

    // Loops, not lambdas over the word: these are asked of most words near a name, and a lambda would cost every call a closure.
    public static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Participles before "por" that give the name after them a profession: "dirigido por" makes a diretor.</summary>
    public static readonly Dictionary<string, string> ParticipleRoles = new Dictionary<string, string>
    {
        ["dirigido"] = "diretor",
        ["dirigida"] = "diretor",
        ["produzido"] = "produtor",
        ["produzida"] = "produtor",
        ["composto"] = "compositor",
        ["composta"] = "compositor",
        ["roteirizado"] = "roteirista",
        ["roteirizada"] = "roteirista",
        ["coreografado"] = "coreógrafo",
        ["coreografada"] = "coreógrafo",
        ["montado"] = "montador",
        ["montada"] = "montador",
        ["gravado"] = "cantor",
        ["gravada"] = "cantor",
        ["escrito"] = "escritor",
        ["escrita"] = "escritor",
        ["desenhado"] = "desenhista",
        ["desenhada"] = "desenhista",
        ["ilustrado"] = "ilustrador",
        ["ilustrada"] = "ilustrador",
        ["criado"] = "criador",
        ["criada"] = "criador",
        ["desenvolvido"] = "criador",
        ["desenvolvida"] = "criador",
        ["fotografado"] = "diretor de fotografia",
        ["fotografada"] = "diretor de fotografia",
        ["estrelado"] = "ator",
        ["estrelada"] = "ator",
    }.ToDictionary(p => TextFolding.FoldAccents(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>Words of kinship or company: "Lee Soo-ah, irmã de Woo-jin", "a filha de Jorge vivida por".</summary>
    public static readonly HashSet<string> KinshipNouns =
    [
        "filho", "filha", "irmao", "irma", "pai", "mae", "marido", "esposa", "mulher", "namorado", "namorada", "noivo", "noiva",
        "avo", "tio", "tia", "primo", "prima", "neto", "neta", "sobrinho", "sobrinha", "amante", "vizinho", "vizinha",
        "enteado", "enteada", "padrasto", "madrasta", "cunhado", "cunhada", "sogro", "sogra", "genro", "nora",
    ];

    /// <summary>Works whose author "de" names, and the author's profession: "a trilha sonora de Wendy Carlos" makes a compositor.</summary>
    public static readonly Dictionary<string, string> AuthorsOfWorks = new Dictionary<string, string>
    {
        ["trilha"] = "compositor",
        ["temas"] = "compositor",
        ["canção"] = "compositor",
        ["canções"] = "compositor",
        ["livro"] = "escritor",
        ["livros"] = "escritor",
        ["conto"] = "escritor",
        ["contos"] = "escritor",
        ["peça"] = "dramaturgo",
        ["roteiro"] = "roteirista",
        ["montagem"] = "montador",
        ["figurinos"] = "figurinista",
        ["figurino"] = "figurinista",
        ["fotografia"] = "diretor de fotografia",
        ["música"] = "compositor",
        ["direção"] = "diretor",
        ["romance"] = "escritor",
        ["verso"] = "poeta",
        ["versos"] = "poeta",
        ["poema"] = "poeta",
        ["poemas"] = "poeta",
        ["soneto"] = "poeta",
        ["ária"] = "compositor",
        ["árias"] = "compositor",
        ["sinfonia"] = "compositor",
        ["sonata"] = "compositor",
        ["concerto"] = "compositor",
        ["prelúdio"] = "compositor",
        ["noturno"] = "compositor",
        ["réquiem"] = "compositor",
        ["ópera"] = "compositor",
        ["valsa"] = "compositor",
        ["suíte"] = "compositor",
    }.ToDictionary(p => TextFolding.FoldAccents(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>Verbs that put a character's name after an actor's: "Torres viveu Dona Hermínia".</summary>
    public static readonly HashSet<string> PlayedVerbs = Folded(
        "viveu", "vive", "vivia", "viverá", "viver", "vivendo", "interpretou", "interpreta", "interpretava",
        "interpretará", "interpretar", "interpretando", "encarnou", "encarna", "encarnar", "encarnando",
        "personificou", "personificar", "dublou", "dubla", "dublar", "vivem", "viveram", "viviam", "interpretam",
        "interpretaram", "interpretavam", "encarnam", "encarnaram", "dublam", "dublaram", "interpretado", "interpretada",
        "vivido", "vivida", "encarnado", "encarnada", "dublado", "dublada", "viveria", "interpretaria", "encarnaria",
        "dublaria", "viveriam", "interpretariam");

    /// <summary>Verbs that make the name after them a character only when an actor's name stands before: "Soia Lira faz Ana".</summary>
    public static readonly HashSet<string> PlayedVerbsAfterAnActor = Folded("faz", "fez", "fará", "fazia", "fazem", "fizeram", "feito", "faria", "virou");

    /// <summary>Plural played verbs: the names joined after the first are roles too ("vivem Pumpkin e Honey Bunny").</summary>
    public static readonly HashSet<string> PluralPlayedVerbs = Folded(
        "vivem", "viveram", "viviam", "interpretam", "interpretaram", "interpretavam", "encarnam", "encarnaram", "dublam", "dublaram", "fazem", "fizeram");

    /// <summary>Verbs of showing up on screen: "aparece como", "Hugo Lemos surge".</summary>
    public static readonly HashSet<string> ShowsUpVerbs = ["aparece", "apareceu", "surge", "surgiu", "reaparece", "reapareceu"];

    /// <summary>Participles that put the actor after the character: "Otávio, vivido por Rafael Nogueira".</summary>
    public static readonly HashSet<string> PlayedByParticiples = Folded(
        "vivido", "vivida", "interpretado", "interpretada", "encarnado", "encarnada", "dublado", "dublada",
        "personificado", "personificada", "vividos", "vividas", "interpretados", "interpretadas", "encarnados",
        "encarnadas", "dublados", "dubladas", "personificados", "personificadas");

    /// <summary>
    /// Linking words that also introduce a character when a person stands before them. Compared unfolded:
    /// folded, "é" (is) would be "e" (and).
    /// </summary>
    public static readonly HashSet<string> LinkingVerbs = ["foi", "é", "era", "será", "seria", "sido", "como"];

    /// <summary>Adverbs and auxiliaries allowed between an actor and the verb: "Moura também viveu", "Verdú tinha feito".</summary>
    public static readonly HashSet<string> Adverbs = Folded(
        "também", "já", "ainda", "depois", "antes", "inclusive", "novamente", "só", "brilhantemente", "tinha", "tinham", "havia", "haviam",
        "teria", "haveria", "tem");

    public static bool IsFunctionWord(Token token) => FunctionWords.Contains(token.Folded);

    internal static HashSet<string> Folded(params string[] words) =>
        words.Select(TextFolding.FoldAccents).ToHashSet(StringComparer.Ordinal);
}
