using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>The role an award was won for: "o Oscar de Melhor Ator pelo dublê Cliff Booth".</summary>
internal static partial class CharacterCueReader
{
    /// <summary>
    /// "deu a Pitt o Oscar de Melhor Ator Coadjuvante pelo dublê Cliff Booth": right after an award's name, "pelo" and
    /// a description name the role it was won for. Returns where "pelo" is, or 0. Not "entregue pela atriz Jane Fonda",
    /// where a participle makes "pela" the one who presented it.
    /// </summary>
    private static int IsRoleAnAwardWasFor(IReadOnlyList<Token> tokens, NameRun run)
    {
        // "William Hurt ganhou o de Melhor Ator como Luis Molina": "como" right after a category.
        if (run.First >= 2 && tokens[run.First - 1].Folded == "como" && tokens[run.First - 2].IsCapitalizedWord && AwardBefore(tokens, run.First - 2))
        {
            return run.First - 1;
        }

        var (at, words) = (run.First - 1, 0);
        while (at >= 0 && words < MaxDescribingWords && (IsDescribingWord(tokens[at]) || (tokens[at].IsLowercaseWord && Lexicon.IsRoleNoun(tokens[at].Folded))))
        {
            (at, words) = (at - 1, words + 1);
        }

        if (words == 0 || at < 1 || tokens[at].Folded is not ("pelo" or "pela"))
        {
            return 0;
        }

        return (tokens[at - 1].IsCapitalizedWord && AwardBefore(tokens, at)) || AwardShortlyBefore(tokens, at) ? at : 0;
    }

    /// <summary>
    /// "concorreu ao Oscar de coadjuvante no mesmo ano pela cantora Lili von Shtupp": a few words in lower case, none a
    /// participle ("entregue", "apresentado"), between an award and "pelo".
    /// </summary>
    private static bool AwardShortlyBefore(IReadOnlyList<Token> tokens, int pelo)
    {
        for (var i = pelo - 1; i >= Math.Max(0, pelo - 7); i--)
        {
            var token = tokens[i];
            if (TitleEdges.AwardWords.Contains(token.Folded))
            {
                return i < pelo - 1;
            }

            if (!(token.IsLowercaseWord || token.Kind == TokenKind.Number) || IsParticiple(token) || Lexicon.PlayedByParticiples.Contains(token.Folded) || token.Folded.EndsWith("ue", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static bool AwardBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && !tokens[i].Is("."); i--)
        {
            if (TitleEdges.AwardWords.Contains(tokens[i].Folded) || (tokens[i].IsCapitalizedWord && NameRunContext.IsAwardCategory(tokens[i])))
            {
                return true;
            }
        }

        return false;
    }
}
