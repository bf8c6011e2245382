using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// A fact's tokens (<see cref="TextTokens"/>), marking those whose capital letter comes from starting a sentence and
/// those of a fact-sheet label.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> LabelPunctuation = ["-", "–", "/", "(", ")", "&"];
    private const int MaxLabelTokens = 8;

    // "Alien vs. Predador", "Sr. Reagan", "Robert Downey Jr. e": the full stop of an abbreviation ends no sentence.
    public static readonly HashSet<string> Abbreviations = ["vs", "sr", "sra", "dr", "dra", "jr", "st", "mr", "mrs", "ms", "prof", "gen", "cel", "cap"];
    private static readonly int LongestAbbreviation = Abbreviations.Max(a => a.Length);

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        // About one token in five characters: the list seldom grows.
        var tokens = new List<Token>((text.Length / 5) + 4);
        var startsSentence = true;
        var insideStraightQuote = false;
        foreach (var token in TextTokens.Of(text))
        {
            var kind = token.Kind;
            var value = token.Length == 1 ? OneCharacter(text[token.Start]) : text.Substring(token.Start, token.Length);
            tokens.Add(new Token(value, kind, token.Start, startsSentence));

            var opensQuote = value is "\"" or "“" or "«" && (value != "\"" || !insideStraightQuote);
            if (value == "\"")
            {
                insideStraightQuote = !insideStraightQuote;
            }

            // A quotation opens a new sentence; so does a full stop, but not the one that ends an initial or an abbreviation.
            // A word longer than every abbreviation is not lower-cased to be looked up: most sentences end after one.
            var afterAbbreviation = value == "." && tokens.Count > 1 && tokens[^2].End == token.Start && tokens[^2].Text.Length <= LongestAbbreviation
                && Abbreviations.Contains(tokens[^2].Text.ToLowerInvariant());
            startsSentence = kind == TokenKind.Punctuation
                ? (value is "." or "!" or "?" or "…" && !afterAbbreviation) || opensQuote || (startsSentence && value is "(" or "—" or "-")
                : false;
        }

        return MarkLabel(tokens);
    }

    // Tokens of one character (punctuation, "e", "a", "O") are frequent: one string for each such character, made at its
    // first use, not one per token. Two threads making the same one at once is harmless.
    private static readonly string?[] OneCharacterTexts = new string?[0x2100];

    private static string OneCharacter(char c) =>
        c < OneCharacterTexts.Length ? OneCharacterTexts[c] ??= c.ToString() : c.ToString();

    /// <summary>
    /// "Orçamento estimado: R$ 8 milhões", "Troféu Redentor 2011: ...": a fact-sheet line opens with a label of a few
    /// words before a colon. Names before a colon ("Emma Stone: ...", "Alien: Romulus") are not one.
    /// </summary>
    private static List<Token> MarkLabel(List<Token> tokens)
    {
        // Sought among the first tokens only: a colon further on opens no label.
        var colon = tokens.FindIndex(0, Math.Min(tokens.Count, MaxLabelTokens + 1), t => t.Is(":"));
        if (colon < 1 || colon > MaxLabelTokens || !IsLabel(tokens.GetRange(0, colon)))
        {
            return tokens;
        }

        for (var i = 0; i < colon; i++)
        {
            tokens[i] = tokens[i] with { InLabel = true };
        }

        if (colon + 1 < tokens.Count)
        {
            tokens[colon + 1] = tokens[colon + 1] with { StartsSentence = true };
        }

        return tokens;
    }

    private static bool IsLabel(List<Token> label)
    {
        // "A influência de 2001: Uma Odisseia no Espaço", "Depois de Tropa de Elite 2: O Inimigo...": a sentence
        // opening with an article or another function word is no label.
        if (!label[0].IsCapitalizedWord || Lexicon.TitleArticles.Contains(label[0].Folded) || Lexicon.IsFunctionWord(label[0]) || label.Any(t => t.Kind == TokenKind.Punctuation && !LabelPunctuation.Contains(t.Text)))
        {
            return false;
        }

        // "Alien: Romulus" is a title, not a label: a label's words are ordinary words.
        // "Troféu Redentor 2011:" is one; "Sucedido por O Exterminador do Futuro 3:" opens a title, whose article says
        // so, as does "Sucedido por Homem-Aranha:", whose first words say how a film follows another.
        if (label.Skip(1).Any(t => t.IsCapitalizedWord && Lexicon.TitleArticles.Contains(t.Folded))
            || (label.Count >= 3 && Lexicon.FilmOrderCues.Contains(label[0].Folded) && label[1].IsLowercaseWord))
        {
            return false;
        }

        // "Spielberg vinha do fracasso de 1941: Uma Guerra Muito Louca" is a sentence: a label's words in lower case
        // only join its names ("Grande Prêmio do Cinema Brasileiro 2008:", "David di Donatello 2014:").
        return (label.Any(t => t.Kind == TokenKind.Number) && label.Where(t => t.IsLowercaseWord).All(t => Lexicon.IsFunctionWord(t) || Lexicon.NameParticles.Contains(t.Folded)))
            || label.Where(t => t.IsCapitalizedWord).All(t => OrdinaryWords.Contains(t.Folded));
    }
}
