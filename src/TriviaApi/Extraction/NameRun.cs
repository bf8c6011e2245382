using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>How the words around a name say it is a character rather than a person.</summary>
internal enum CharacterCue
{
    None,

    /// <summary>"o papel de Eunice", "o personagem de ...": a role, unless the name is a person's elsewhere ("o personagem de Wagner Moura").</summary>
    RoleOf,

    /// <summary>"a personagem Eunice": a role, with no actor given.</summary>
    Role,

    /// <summary>"Torres viveu Dona Hermínia", "Fernanda Torres como Carmen": a role and the actor who played it.</summary>
    Played,

    /// <summary>"Eunice (Fernanda Torres)" or "Fernanda Torres (Eunice)": a cast-list pair, usually of the subject film; one of the two is the character.</summary>
    Credited,
}

/// <summary>A run of capitalised words in a fact that may name a person or a character.</summary>
internal sealed class NameRun(int first, int last, string text)
{
    public int First { get; } = first;

    public int Last { get; } = last;

    public string Text { get; } = text;

    // Made when first asked: many runs (award categories, places, titles) are set aside before any rule needs the key.
    private string? _key;

    public string Key => _key ??= TextFolding.MatchKey(Text);

    /// <summary>Names and initials in the run: "J.K. Simmons" has two, "Homem-Aranha" one, "Pereira dos Santos" two.</summary>
    public int WordCount { get; init; } = 1;

    private string? _lastWordKey;

    // Kept once cut: the registry looks every full name up by its last word, more than once.
    public string LastWordKey => _lastWordKey ??= Key[(Key.LastIndexOf(' ') + 1)..];

    public List<string> Professions { get; } = [];

    public CharacterCue Cue { get; set; }

    /// <summary>After a plural verb ("vivem Pumpkin e Honey Bunny"), the names joined to this one are roles too.</summary>
    public bool OpensRoleList { get; set; }

    /// <summary>The words that gave <see cref="Cue"/>, for a curator: <c>role slot "interpretou"</c>.</summary>
    public string CueText { get; set; } = "";

    /// <summary>"Torres foi Eunice", "Moura como Nascimento": only a name that is a person's makes the slot a role.</summary>
    public bool PlayedByLinkingVerb { get; set; }

    /// <summary>The run naming the actor, for <see cref="CharacterCue.Played"/>.</summary>
    public NameRun? Actor { get; set; }

    /// <summary>The other name of a <see cref="CharacterCue.Credited"/> pair.</summary>
    public NameRun? PairedWith { get; set; }

    /// <summary>The film written right after the character: "viveu Dona Hermínia em O Espetacular Homem-Aranha (2012)".</summary>
    public FilmSpan? FilmAfter { get; set; }

    /// <summary>"o Rialto Theatre": an article before a name points to a place or thing, unless the name is known.</summary>
    public bool HasArticleBefore { get; set; }

    /// <summary>"O personagem foi inspirado em Parnell Edwards", "em homenagem a Bruce Ramer": the real person behind a character.</summary>
    public bool InspiredACharacter { get; set; }

    /// <summary>"Huerequeque Enrique Bohórquez vive o cozinheiro": a name a verb of playing follows is an actor's.</summary>
    public bool PlaysARole { get; set; }

    /// <summary>"Tom Savini, maquiador dos filmes seguintes": a trade set off right after the name, as a person's is.</summary>
    public bool TradeSetOffAfter { get; set; }

    /// <summary>"Elenco: Madonna (Eva Perón)": an actor of a cast pair under a label of the cast.</summary>
    public bool ListedInACast { get; set; }

    /// <summary>"Guerra Fria", "Capitão Trovão": every word an ordinary word, so a person only where the text says so.</summary>
    public bool IsOrdinaryWords { get; set; }

    /// <summary>"Grande Otelo integra o elenco": the words after the name say it is in the cast, as only a person is.</summary>
    public bool InTheCast { get; set; }
}
