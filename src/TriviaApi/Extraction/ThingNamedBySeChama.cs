using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// "No filme, a cidade se chama ...", "o trem que leva o menino se chama ...": the name after "se chama" is a thing's
/// or a place's when the clause's subject is a kind of thing, place or work, not someone.
/// </summary>
internal static class ThingNamedBySeChama
{
    private static readonly HashSet<string> NamingVerbs = ["chama", "chamava", "chamaria", "chamam", "chamavam", "chamariam"];

    /// <summary>Kinds of thing that "se chama" names, besides the lexicon's things, places and works.</summary>
    private static readonly HashSet<string> NamedThings = ["predio", "edificio", "veleiro", "roteiro", "capitulo", "premiacao", "carro", "rua"];

    private static readonly HashSet<string> Articles = ["o", "a", "os", "as", "um", "uma"];

    public static bool IsAThingsName(IReadOnlyList<Token> tokens, NameRun run)
    {
        var se = run.First - 2;
        if (se < 1 || !tokens[se].IsLowercaseWord || tokens[se].Folded != "se" || !NamingVerbs.Contains(tokens[se + 1].Folded))
        {
            return false;
        }

        // Back to the clause's opening; "que" after a comma opens no clause of its own ("O capítulo, que se chamaria ...").
        var start = se;
        while (start > 0 && !tokens[start].StartsSentence && !(tokens[start - 1].Kind == TokenKind.Punctuation && tokens[start - 1].Text is "," or ":" or ";"))
        {
            start--;
            if (tokens[start].Folded == "que" && start >= 2 && tokens[start - 1].Is(","))
            {
                start -= 2;
            }
        }

        if (start + 1 >= se || !Articles.Contains(tokens[start].Folded))
        {
            return false;
        }

        // "o antigo prédio": one word may describe the noun before it.
        for (var noun = start + 1; noun <= start + 2 && noun < se; noun++)
        {
            var word = tokens[noun].Folded;
            if (tokens[noun].IsLowercaseWord && (Lexicon.IsThingNoun(word) || Lexicon.PlaceNouns.Contains(word) || Lexicon.WorkNouns.Contains(word) || NamedThings.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }
}
