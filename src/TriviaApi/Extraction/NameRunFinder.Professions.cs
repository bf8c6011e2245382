using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The professions the words around a name give it: a role noun before it ("o cantor e pianista Gilberto Gil"), a
/// credit ("dirigido por"), the work it authored ("a trilha sonora de"), or playing itself ("interpreta a si mesma").
/// Apart because they describe the person a run names, not where the run begins or ends.
/// </summary>
internal static partial class NameRunFinder
{
    private static readonly string[] NationalityEndings = ["ano", "ana", "ense", "es", "esa", "eiro", "eira", "ino", "ina", "aio", "aia", "eno", "ena", "ego", "ega", "ao"];

    private static readonly List<string> NoProfessions = [];

    /// <summary>"Luenell interpreta a si mesma": a name that plays itself is an actor's, "atriz" or "ator" as the words say.</summary>
    private static string? ActorPlayingThemselves(IReadOnlyList<Token> tokens, int end)
    {
        var verb = end + 1;
        if (verb + 3 >= tokens.Count || !tokens[verb].IsLowercaseWord
            || !(Lexicon.PlayedVerbs.Contains(tokens[verb].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[verb].Folded)))
        {
            return null;
        }

        var (pronoun, self) = (tokens[verb + 1].Folded, tokens[verb + 2].Folded) is ("a", "si") ? (verb + 2, tokens[verb + 3].Folded) : (verb + 1, tokens[verb + 2].Folded);
        return (tokens[pronoun].Folded, self) switch
        {
            ("si" or "ela", "mesma" or "propria") => "atriz",
            ("si" or "ele", "mesmo" or "proprio") => "ator",
            _ => null,
        };
    }

    /// <summary>
    /// "Sétima Sinfonia", "abertura de As Bodas de Fígaro": a capitalised title ending at <paramref name="last"/> that
    /// a kind of work heads or opens; the profession of its author.
    /// </summary>
    private static string? AuthorOfATitledWork(IReadOnlyList<Token> tokens, int last)
    {
        var at = last;
        while (at >= 0 && last - at < 8 && (tokens[at].IsNameToken || (tokens[at].IsLowercaseWord && Lexicon.NameParticles.Contains(tokens[at].Folded) && at < last)))
        {
            if (tokens[at].IsCapitalizedWord && Lexicon.AuthorsOfWorks.TryGetValue(tokens[at].Folded, out var heading))
            {
                return heading;
            }

            at--;
        }

        if (at == last || at < 0)
        {
            return null;
        }

        // "a abertura de As Bodas ...": the kind of work, or the part of one, and "de", before the title. An opening is
        // music only here: "Curta de abertura:" labels a film.
        var noun = tokens[at].IsLowercaseWord && tokens[at].Folded is "de" or "do" or "da" && at >= 1 ? at - 1 : at;
        return !tokens[noun].IsLowercaseWord ? null
            : tokens[noun].Folded is "abertura" or "overture" ? "compositor"
            : Lexicon.AuthorsOfWorks.GetValueOrDefault(tokens[noun].Folded);
    }

    /// <summary>"a trilha sonora de", "a peça homônima de", "o livro de": the name after is the work's author.</summary>
    private static string? AuthorOfWorkBefore(IReadOnlyList<Token> tokens, int at)
    {
        if (!tokens[at].IsLowercaseWord)
        {
            return null;
        }

        if (Lexicon.AuthorsOfWorks.TryGetValue(tokens[at].Folded, out var author))
        {
            return author;
        }

        return at >= 1 && tokens[at - 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at]) ? Lexicon.AuthorsOfWorks.GetValueOrDefault(tokens[at - 1].Folded) : null;
    }

    /// <summary>Adjectives of origin by their endings: "mexicano", "pernambucana", "francês", "canadense", "brasileira", "uruguaio".</summary>
    internal static bool IsNationality(Token token) =>
        token.IsLowercaseWord && !Lexicon.IsFunctionWord(token) && !Lexicon.IsRoleNoun(token.Folded)
        && Lexicon.EndsWithAny(token.Folded, NationalityEndings);

    /// <summary>
    /// "o diretor de arte Tommy Lee Wallace", "a diretora de efeitos visuais Sara Bennett": a role noun, "de" and its
    /// field before a full name ("pintor de origem Creek" names a people, not a painter).
    /// </summary>
    private static string? RoleWithItsFieldBefore(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 1 >= tokens.Count || !tokens[start + 1].IsNameToken)
        {
            return null;
        }

        // Asked of every name run: loops, not LINQ.
        for (var de = start - 2; de >= start - 3 && de >= 1; de--)
        {
            if (tokens[de].Folded != "de" || !tokens[de].IsLowercaseWord || !tokens[de - 1].IsLowercaseWord || !Lexicon.IsRoleNoun(tokens[de - 1].Folded))
            {
                continue;
            }

            var field = true;
            for (var k = de + 1; k < start && field; k++)
            {
                field = tokens[k].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[k]) && !Lexicon.IsRoleNoun(tokens[k].Folded);
            }

            if (field)
            {
                return string.Join(' ', tokens.Skip(de - 1).Take(start - de + 1).Select(t => t.Text.ToLowerInvariant()));
            }
        }

        return null;
    }

    /// <summary>"O cantor e pianista Gilberto Gil" gives cantor and pianista; "dirigido por Walter Salles", diretor.</summary>
    private static List<string> RoleNounsBefore(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= 2 && tokens[start - 1].Folded == "por" && Lexicon.ParticipleRoles.TryGetValue(tokens[start - 2].Folded, out var role))
        {
            return [role];
        }

        if (start >= 2 && tokens[start - 1].Folded == "de" && AuthorOfWorkBefore(tokens, start - 2) is { } author)
        {
            return [author];
        }

        // "A fotografia é de Ivo Lopes", "a trilha sonora é da uruguaia Ana Reis", "a montagem, de Mair Tavares": the
        // work's author, after a verb or a comma; "Música: John Williams compôs", after a fact-sheet label.
        var nationalityBefore = start >= 2 && IsNationality(tokens[start - 1]);
        var of = nationalityBefore ? start - 2 : start - 1;
        if (of >= 2 && tokens[of].Folded is "de" or "da" or "do" && (tokens[of - 1].Text is "é" or "foi" or "era" || tokens[of - 1].Is(","))
            && AuthorOfWorkBefore(tokens, of - 2) is { } creator)
        {
            return [creator];
        }

        // "a Sétima Sinfonia, de Beethoven", "a abertura de As Bodas de Fígaro, de Mozart": a work named by its title,
        // then ", de" and its author.
        if (of >= 3 && tokens[of].Folded == "de" && tokens[of - 1].Is(",") && AuthorOfATitledWork(tokens, of - 2) is { } composer)
        {
            return [composer];
        }

        if (start >= 2 && tokens[start - 1].Is(":") && tokens.Take(start - 1).Where(t => t.InLabel).Select(t => Lexicon.AuthorsOfWorks.GetValueOrDefault(t.Folded)).FirstOrDefault(p => p is not null) is { } labelled)
        {
            return [labelled];
        }

        // "\"Hoje\", de Taiguara": the name after a quoted title and ", de" is its author's; "na voz de Fréhel", a singer's.
        if (start >= 4 && tokens[start - 1].Folded == "de" && tokens[start - 2].Is(",") && tokens[start - 3].Text is "\"" or "”")
        {
            return ["autor"];
        }

        if (start >= 3 && tokens[start - 1].Folded == "de" && tokens[start - 2].Folded == "voz" && tokens[start - 3].Folded == "na")
        {
            return ["cantor"];
        }

        // "Volver (2006), de Pedro Almodóvar": the name after a dated title is its director's.
        if (start >= 4 && tokens[start - 1].Folded == "de" && tokens[start - 2].Is(",") && tokens[start - 3].Is(")") && tokens[start - 4].Kind == TokenKind.Number)
        {
            return ["diretor"];
        }

        if (RoleWithItsFieldBefore(tokens, start) is { } specialist)
        {
            return [specialist];
        }

        // Most names have no role noun before them: their list is made when one is found, else the empty one shared.
        List<string>? roles = null;
        var i = start - 1;
        if (nationalityBefore && Lexicon.IsRoleNoun(tokens[i - 1].Folded))
        {
            // "a cantora pernambucana Lia de Itamaracá", "o diretor mexicano Guillermo del Toro".
            i--;
        }

        while (i >= 0 && tokens[i].Kind == TokenKind.Word && Lexicon.IsRoleNoun(tokens[i].Folded))
        {
            (roles ??= []).Insert(0, tokens[i].Text.ToLowerInvariant());
            i -= i >= 2 && tokens[i - 1].Folded == "e" && Lexicon.IsRoleNoun(tokens[i - 2].Folded) ? 2 : 1;
        }

        return roles ?? NoProfessions;
    }
}
