using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Marks before a run: an article ("o Rialto Theatre", "à Tate Britain") or a capitalised article opening an undated
/// title it runs on from, which the finder notes of a name; a quotation still open, which makes the run part of a
/// title. Apart because both read the marks before a run, not its words.
/// </summary>
internal static partial class NameRunContext
{
    // Lower-case "a" is left out: it is also the preposition of "entregue a Fernanda Torres". "uma Maserati Quattroporte".
    private static readonly HashSet<string> DefiniteArticles =
        ["o", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "pelos", "pelas", "ao", "aos", "num", "numa", "des", "du", "au", "aux", "um", "uma"];

    // After these, "a" can only be the article: "com a Filmes do Sul".
    private static readonly HashSet<string> PrepositionsBeforeAnArticle = ["com", "para", "contra", "sobre", "sob", "entre", "até", "ate"];
    private static readonly HashSet<string> CapitalisedArticles =
        ["o", "a", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "ao", "aos", "the", "le", "les", "la", "el", "il", "au", "aux"];

    /// <summary>An article right before the run, or a capitalised article opening an undated title it runs on from.</summary>
    public static bool FollowsAnArticle(IReadOnlyList<Token> tokens, int start) =>
        (start > 0 && HasArticle(tokens, start - 1)) || InsideUndatedTitle(tokens, start);

    /// <summary>
    /// "a vaga ficou com O Ano em Que Meus Pais Saíram de Férias, de ...": capitalised words running on from a
    /// capitalised article in mid-sentence are an undated title.
    /// </summary>
    private static bool InsideUndatedTitle(IReadOnlyList<Token> tokens, int start)
    {
        var at = start - 1;
        while (at >= 0 && (tokens[at].IsNameToken || (tokens[at].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[at].Folded))) && !tokens[at].StartsSentence)
        {
            // "perdeu para JFK: A Pergunta que Não Quer Calar": after a subtitle's colon too.
            if (tokens[at].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[at].Folded) && at > 0 && (tokens[at - 1].IsLowercaseWord || (tokens[at - 1].Is(":") && !tokens[at].StartsSentence)))
            {
                return true;
            }

            at--;
        }

        return false;
    }

    /// <summary>
    /// "o Rialto Theatre", "no Rotten Tomatoes", "foi lançado O Poderoso Chefão": an article before a name marks a
    /// place, thing or title.
    /// </summary>
    private static bool HasArticle(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Kind == TokenKind.Word
        && ((tokens[at].IsLowercaseWord ? DefiniteArticles : CapitalisedArticles).Contains(tokens[at].Folded)
            || (tokens[at].Folded == "a" && at > 0 && (PrepositionsBeforeAnArticle.Contains(tokens[at - 1].Folded) || tokens[at - 1].Is(",")))
            // "uma visita à Tate Britain": "à" holds the article.
            || tokens[at].Text is "à" or "À");

    private static bool IsQuoted(IReadOnlyList<Token> tokens, int at)
    {
        var (straight, curly) = (false, false);
        for (var i = 0; i < at; i++)
        {
            // Quotation marks are punctuation: a word is not compared with them.
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            switch (tokens[i].Text)
            {
                case "\"":
                    straight = !straight;
                    break;
                case "“" or "«":
                    curly = true;
                    break;
                case "”" or "»":
                    curly = false;
                    break;
            }
        }

        return straight || curly;
    }
}
