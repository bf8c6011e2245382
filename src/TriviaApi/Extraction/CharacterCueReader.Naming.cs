using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Role slots that name a character without an actor beside it: "ficou famoso como ...", "se chamava ...", "o personagem ... é ...".</summary>
internal static partial class CharacterCueReader
{
    private static readonly string[] FameStems = ["conhecid", "famos", "lembrad", "consagrad", "celebrizad", "eternizad"];
    private static readonly HashSet<string> NamingVerbs = ["chamava", "chama", "chamaria", "chamavam", "chamam"];
    private static readonly HashSet<string> PartsOfAStory = ["cena", "cenas", "abertura", "trama", "historia", "sequencia", "primeira", "segunda", "versao", "serie", "saga", "franquia", "filme"];
    private static readonly HashSet<string> VerbsOfAName = ["sob", "leva", "levava", "levou", "com", "recebe", "recebeu", "ganhou", "adota", "adotou", "usa", "usava", "usando", "assume", "assumiu"];

    private static void ReadNamingCue(IReadOnlyList<Token> tokens, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        var described = DescribedBy(tokens, run.First);
        string BeforeDescription(int distance) => Before(described + distance);

        // "ficaria famoso como Bucky Barnes", "lembrada como Jackie Burkhart na série", "ficou conhecido do grande
        // público como Agostinho", "viraria estrela da TV como Maddie Hayes".
        if (BeforeDescription(1) == "como" && FameWordBefore(tokens, run.First - described - 1) is { } fame)
        {
            Mark(run, CharacterCue.Role, $"role slot \"{fame} ... como\"");
        }

        // "pela voz de Meg Griffin em Uma Família da Pesada", "como a voz de Darth Vader em": a voice in a work is a role.
        else if (Of.Contains(Before(1)) && Before(2) == "voz" && run.Last + 2 < tokens.Count && tokens[run.Last + 1].Folded == "em" && (tokens[run.Last + 2].IsCapitalizedWord || run.FilmAfter is not null))
        {
            Mark(run, CharacterCue.Role, "role slot \"voz de\" in a work");
        }

        // "dublado por Dan Castellaneta, a voz de Homer Simpson": an actor set off as the voice of a name; unless the
        // file names that name as a person's ("Dora Lins, a voz de Elis Regina no filme").
        else if (described == 0 && Of.Contains(Before(1)) && Before(2) == "voz" && Before(3) == "a" && run.First >= 5 && tokens[run.First - 4].Is(",") && tokens[run.First - 5].IsNameToken)
        {
            Mark(run, CharacterCue.RoleOf, "role slot \", a voz de\" after an actor");
        }

        // "Buzz se chamava Lunar Larry", "sob o nome de Emmanuelle Mimieux", "que a imprensa apelidou de Buffalo Bill":
        // another name of a character.
        else if ((NamingVerbs.Contains(Before(1)) && Before(2) == "se")
            || (Before(1) == "de" && Before(2).StartsWith("apelid", StringComparison.Ordinal))
            || (Before(1) == "de" && Before(2) == "nome" && Before(3) == "o" && VerbsOfAName.Contains(Before(4))))
        {
            Mark(run, CharacterCue.Role, "another name of a character");
        }

        // "Susan Backlinie, a Chrissie Watkins da cena de abertura": an actor's apposition naming a part of the story.
        else if (IsPartOfTheStoryAfterAnActor(tokens, run))
        {
            Mark(run, CharacterCue.Role, "a role in an actor's apposition \", a ... da cena\"");
        }

        // "Darth Vader teve o corpo de David Prowse e a voz de James Earl Jones": whoever has an actor's body or voice is a
        // role; unless the file names a person so ("Deneuve ganhou a voz de Danielle Licari" in the songs).
        else if (HasAnActorsBodyOrVoice(tokens, run))
        {
            Mark(run, CharacterCue.RoleOf, "a role given a body or voice");
        }

        // "e anos depois seria Christopher Moltisanti em Família Soprano, série da HBO": a linking verb and a work.
        else if (run.First >= 1 && tokens[run.First - 1].Folded is "seria" or "foi" or "sera" && run.WordCount >= 2
            && run.Last + 2 < tokens.Count && tokens[run.Last + 1].Folded == "em" && (run.FilmAfter is not null || IsWorkNamedAfter(tokens, run.Last + 2)))
        {
            Mark(run, CharacterCue.Role, $"role slot \"{tokens[run.First - 1].Text} ... em\" a work");
        }

        // "O outro personagem com essa marca é Vito Corleone".
        else if (Lexicon.LinkingVerbs.Contains(tokens[Math.Max(0, run.First - 1)].Text) && Before(1) != "como" && RoleNounEarlierInTheSentence(tokens, run.First - 1))
        {
            Mark(run, CharacterCue.Role, "a role named after \"personagem ... é\"");
        }
    }

    private static readonly HashSet<string> StardomNouns = ["estrela", "astro", "sucesso"];

    /// <summary>A word of fame a few words before "como", in the same clause: "famoso", "conhecida", "estrela".</summary>
    private static string? FameWordBefore(IReadOnlyList<Token> tokens, int como)
    {
        if (GivesExamples(tokens, como))
        {
            // "lembrado em categorias como Fotografia".
            return null;
        }

        for (var at = como - 1; at >= Math.Max(0, como - 5) && tokens[at].Kind == TokenKind.Word; at--)
        {
            // "conhecida nos Estados Unidos como EarthBound": known somewhere by another name, a work's or a place's.
            if (tokens[at].IsCapitalizedWord && at > 0 && tokens[at - 1].Folded is "em" or "no" or "na" or "nos" or "nas")
            {
                return null;
            }

            if (FameStems.Any(stem => tokens[at].Folded.StartsWith(stem, StringComparison.Ordinal)) || (StardomNouns.Contains(tokens[at].Folded) && at < como - 1))
            {
                return tokens[at].Text;
            }
        }

        return null;
    }

    private static bool HasAnActorsBodyOrVoice(IReadOnlyList<Token> tokens, NameRun run)
    {
        var at = AfterAnApposition(tokens, run.Last + 1);
        return at + 3 < tokens.Count && tokens[at].Folded is "teve" or "tem" or "ganhou" or "ganha" && tokens[at + 1].Folded is "o" or "a"
            && tokens[at + 2].Folded is "corpo" or "voz" or "rosto" && Of.Contains(tokens[at + 3].Folded);
    }

    /// <summary>", o Rei do Crime, tem ...": where the sentence goes on after a short apposition opened by an article.</summary>
    private static int AfterAnApposition(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].Is(",") || tokens[at + 1].Folded is not ("o" or "a" or "um" or "uma"))
        {
            return at;
        }

        for (var i = at + 2; i < tokens.Count && i - at <= 8 && !tokens[i].Is("."); i++)
        {
            if (tokens[i].Is(","))
            {
                return i + 1;
            }
        }

        return at;
    }

    /// <summary>"em Família Soprano, série da HBO": a capitalised name followed by a comma and a kind of work.</summary>
    private static bool IsWorkNamedAfter(IReadOnlyList<Token> tokens, int at)
    {
        while (at < tokens.Count && (tokens[at].IsNameToken || (tokens[at].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[at].Folded))))
        {
            at++;
        }

        return at + 1 < tokens.Count && tokens[at].Is(",") && Lexicon.WorkNouns.Contains(tokens[at + 1].Folded);
    }

    private static bool IsPartOfTheStoryAfterAnActor(IReadOnlyList<Token> tokens, NameRun run)
    {
        var (article, of) = (run.First - 1, run.Last + 1);
        return article >= 2 && of + 1 < tokens.Count && run.WordCount >= 2
            && tokens[article].IsLowercaseWord && tokens[article].Folded is "o" or "a" && tokens[article - 1].Is(",") && tokens[article - 2].IsNameToken
            && tokens[of].IsLowercaseWord && Of.Contains(tokens[of].Folded) && tokens[of + 1].IsLowercaseWord && PartsOfAStory.Contains(tokens[of + 1].Folded);
    }

    private static bool RoleNounEarlierInTheSentence(IReadOnlyList<Token> tokens, int verb)
    {
        for (var i = verb - 1; i >= Math.Max(0, verb - 7) && !tokens[i].Is(".") && !tokens[i].IsCapitalizedWord; i--)
        {
            if (tokens[i].Folded is "personagem" or "papel")
            {
                return true;
            }
        }

        return false;
    }
}
