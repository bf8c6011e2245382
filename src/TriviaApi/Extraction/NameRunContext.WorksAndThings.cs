using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Works and things told by the words around a run: a kind of work before it or in an apposition after it ("Night
/// Skies, uma história de terror"), a label of works, a year after "de", an author after ", de", a subtitle's colon.
/// Apart because each reads a noun of a work or thing, or the marks a title bears, not the run.
/// </summary>
internal static partial class NameRunContext
{
    /// <summary>"Narradores de Javé", "Cidadãos do Mundo": a plural common noun before "de" opens no one's name.</summary>
    private static bool StartsWithAPluralNoun(IReadOnlyList<Token> tokens, NameRun run)
    {
        var first = tokens[run.First];
        return run.WordCount >= 2 && first.IsCapitalizedWord && first.Folded.Length > 4 && first.Folded.EndsWith('s')
            && run.First + 1 < tokens.Count && Lexicon.NameParticles.Contains(tokens[run.First + 1].Folded)
            && !GivenNames.Contains(first.Folded) && !FamilyNames.Contains(first.Folded) && OrdinaryWords.Contains(first.Folded);
    }

    /// <summary>"a série 77 Sunset Strip": a name after a kind of work and a number opening its title.</summary>
    private static bool IsAWorkAfterItsNumber(IReadOnlyList<Token> tokens, NameRun run) =>
        run.First >= 2 && tokens[run.First - 1].Kind == TokenKind.Number && Lexicon.WorkNouns.Contains(tokens[run.First - 2].Folded);

    /// <summary>Plural kinds of work or company a label may list: "Outras canções no filme: ...", "Estúdios: ...".</summary>
    private static readonly HashSet<string> ListedWorks = Lexicon.Folded(
        "canções", "músicas", "faixas", "temas", "sucessos", "livros", "séries", "peças", "discos", "álbuns", "singles", "estúdios", "distribuidoras", "empresas", "companhias");

    /// <summary>
    /// "Outras canções no filme: Tiny Dancer, Honky Cat e Rocket Man": an item of the list after a label of works is a
    /// work, unless a given name opens it. A list only: "Canções: Elton John compôs ..." names its composer in a sentence.
    /// </summary>
    private static bool IsListedUnderALabelOfWorks(IReadOnlyList<Token> tokens, NameRun run)
    {
        // The label's kind of work makes its first name the author's ("Canções: Ana Prado, ..."): a list of people's names
        // open with given names, and the songs' do not.
        // A fact's label opens it (Tokenizer): a fact whose first token is in none has none.
        if (run.First < 2 || !tokens[0].InLabel || GivenNames.Contains(tokens[run.First].Folded) || !(tokens[run.First - 1].Is(":") || tokens[run.First - 1].Is(",") || tokens[run.First - 1].Folded == "e"))
        {
            return false;
        }

        var (labelled, joints, sentence) = (false, 0, false);
        foreach (var token in tokens)
        {
            labelled |= token.InLabel && ListedWorks.Contains(token.Folded.ToLowerInvariant());
            // Three items at least: "A, B e C".
            joints += token.Is(",") || (token.IsLowercaseWord && token.Folded == "e") ? 1 : 0;
            // A lower-case word other than a title's small words or an aside makes the line a sentence.
            sentence |= !token.InLabel && token.IsLowercaseWord && !Lexicon.TitleConnectors.Contains(token.Folded) && !ListAsides.Contains(token.Folded);
        }

        return labelled && joints >= 2 && !sentence;
    }

    private static readonly HashSet<string> ListAsides = Lexicon.Folded("claro", "também", "ainda", "além", "etc");

    /// <summary>
    /// "em Furacão Elis, de 1985": a name dated by "de" and a year is a work's; a person's years go in parentheses. Not
    /// a given name after a work's "de" ("as versões de Orson Welles, de 1948": whose, and of when).
    /// </summary>
    private static bool IsDatedAsAWork(IReadOnlyList<Token> tokens, NameRun run)
    {
        var at = run.Last + 1 + (run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is(",") ? 1 : 0);
        var maker = run.First >= 2 && tokens[run.First - 1].IsLowercaseWord && tokens[run.First - 1].Folded == "de" && GivenNames.Contains(tokens[run.First].Folded)
            && (Lexicon.TitleArticles.Contains(tokens[run.First - 2].Folded) || IsWorkNoun(tokens[run.First - 2].Folded) || tokens[run.First - 2].Folded is "versao" or "versoes" or "sucesso" or "sucessos");
        return !maker && at + 1 < tokens.Count && tokens[at].IsLowercaseWord && tokens[at].Folded == "de" && tokens[at + 1].Kind == TokenKind.Number
            && tokens[at + 1].Text.Length == 4 && (at + 2 >= tokens.Count || !tokens[at + 2].IsLowercaseWord || tokens[at + 2].Folded is "e" or "a");
    }

    /// <summary>
    /// "outros títulos do estúdio, como Nuvem Alta e O Farol": examples of works are titles. The examples are of the
    /// nearest noun: "poemas atribuídos a autores mortos, como Castro Alves" gives authors. Not after a verb of
    /// showing up: "presença constante nos filmes do diretor, aparece como Lúcio Prado" gives a role.
    /// </summary>
    private static bool WorkNounShortlyBefore(IReadOnlyList<Token> tokens, int como)
    {
        if (como >= 1 && Lexicon.ShowsUpVerbs.Contains(tokens[como - 1].Folded))
        {
            return false;
        }

        for (var i = como - 1; i >= Math.Max(0, como - 6) && !tokens[i].Is(".") && !Lexicon.PlayedVerbs.Contains(tokens[i].Folded); i--)
        {
            if (tokens[i].IsLowercaseWord && IsWorkNoun(tokens[i].Folded))
            {
                return true;
            }

            if (tokens[i].IsLowercaseWord && IsPeopleNoun(tokens[i].Folded))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPeopleNoun(string folded) =>
        Lexicon.IsRoleNoun(folded)
        || (folded.EndsWith("es", StringComparison.Ordinal) && Lexicon.IsRoleNoun(folded[..^2]))
        || (folded.EndsWith('s') && Lexicon.IsRoleNoun(folded[..^1]));

    private static bool IsWorkNoun(string folded) =>
        Lexicon.WorkNouns.Contains(folded)
        || (folded.EndsWith('s') && Lexicon.WorkNouns.Contains(folded[..^1]))
        || (folded.EndsWith("oes", StringComparison.Ordinal) && Lexicon.WorkNouns.Contains(folded[..^3] + "ao"));

    /// <summary>"deixou para trás Pulp Fiction: Tempo de Violência": mid-sentence, a name before a colon and a capitalised word is a title.</summary>
    private static bool IsTitleBeforeItsSubtitle(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Professions.Count == 0 && !tokens[run.First].StartsSentence && !tokens[run.First].InLabel
        && run.Last + 2 < tokens.Count && tokens[run.Last + 1].Is(":") && tokens[run.Last + 2].IsCapitalizedWord;

    private static readonly string[] Participles = ["ado", "ada", "ido", "ida", "ita", "ito"];

    /// <summary>"a Section Eight, empresa de Soderbergh", "Taperoá, cidade do sertão": an apposition naming a kind of thing or place.</summary>
    private static bool IsDescribedAsAThingAfter(IReadOnlyList<Token> tokens, NameRun run)
    {
        var next = run.Last + 1;
        if (next >= tokens.Count || !tokens[next].Is(","))
        {
            return false;
        }

        next++;
        if (next < tokens.Count && tokens[next].Folded is "a" or "o" or "uma" or "um")
        {
            next++;
        }

        // "Night Skies, uma história de terror": an indefinite article before a kind of work too; after "o" or none,
        // the work is more often the sentence's next subject ("William Wisher, o filme estreou").
        var indefinite = tokens[next - 1].Folded is "um" or "uma";
        // "Furacão Elis, biografia escrita pela jornalista": a bare work that is no film, written or made by someone. Not
        // "libreto de Neil Simon, música de Cy Coleman": a credit list.
        var bareWork = tokens[next - 1].Is(",") && next + 1 < tokens.Count && tokens[next].Folded is not ("musica" or "cancao")
            && (Lexicon.WorksOtherThanFilms.Contains(tokens[next].Folded) || tokens[next].Folded is "biografia" or "autobiografia")
            && (tokens[next + 1].Folded is "de" or "do" or "da" || Participles.Any(tokens[next + 1].Folded.EndsWith));
        return next < tokens.Count && tokens[next].IsLowercaseWord && (Lexicon.ThingNouns.Contains(tokens[next].Folded) || Lexicon.PlaceNouns.Contains(tokens[next].Folded)
            || (indefinite && (IsWorkNoun(tokens[next].Folded) || tokens[next].Folded == "historia")) || bareWork);
    }

    /// <summary>"Título original: Blade Runner.": after a label that announces a title, the name is the title.</summary>
    private static bool IsTitleByItsLabel(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Is(":") && tokens[first - 2].InLabel && tokens.Take(first - 1).Any(t => t.Folded is "titulo" or "titulos");

    /// <summary>
    /// "em cartaz com Esperando Godot, de Samuel Beckett", "o prelúdio de Lohengrin, ópera de Richard Wagner": a name
    /// followed by ", de" (or a kind of work and "de") and a person's full name is a work.
    /// </summary>
    private static bool IsWorkByItsAuthorAfter(IReadOnlyList<Token> tokens, NameRun run)
    {
        var de = run.Last + 2 + (run.Last + 2 < tokens.Count && Lexicon.AuthorsOfWorks.ContainsKey(tokens[run.Last + 2].Folded) ? 1 : 0);
        return de + 2 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[de].Folded == "de" && tokens[de].IsLowercaseWord
            && tokens[de + 1].IsCapitalizedWord && GivenNames.Contains(tokens[de + 1].Folded) && tokens[de + 2].IsNameToken
            && !GivenNames.Contains(tokens[run.First].Folded);
    }
}
