namespace TriviaApi.Extraction;

/// <summary>
/// The words that cue a character: titles of address of fiction ("Major", "Seu"), animals a story names, words of
/// kinship, the verbs of playing a role ("viveu", "vivido por"), and the words allowed between an actor and them.
/// </summary>
internal static partial class Lexicon
{
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

    /// <summary>Words of kinship or company: "Lee Soo-ah, irmã de Woo-jin", "a filha de Jorge vivida por".</summary>
    public static readonly HashSet<string> KinshipNouns =
    [
        "filho", "filha", "irmao", "irma", "pai", "mae", "marido", "esposa", "mulher", "namorado", "namorada", "noivo", "noiva",
        "avo", "tio", "tia", "primo", "prima", "neto", "neta", "sobrinho", "sobrinha", "amante", "vizinho", "vizinha",
        "enteado", "enteada", "padrasto", "madrasta", "cunhado", "cunhada", "sogro", "sogra", "genro", "nora",
    ];

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
}
