using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The words that give a person a trade: role nouns before a name, agents in "-ista", participles before "por"
/// ("dirigido por") and works whose author "de" names ("a trilha sonora de"), each with the trade it gives.
/// </summary>
internal static partial class Lexicon
{
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
}
