using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>A word, initials ("J.K."), number or punctuation mark, with its place in the fact's text.</summary>
internal sealed record Token(string Text, TokenKind Kind, int Start, bool StartsSentence)
{
    public int End => Start + Text.Length;

    public string Folded { get; } = TextFolding.FoldAccents(Text);

    // The word's shape is asked many times of every token by extraction's rules: read once, when the token is made.

    /// <summary>"Moura", "DiCaprio", "Homem-Aranha"; not "MGM" nor "LA", which are acronyms.</summary>
    public bool IsCapitalizedWord { get; } = IsCapitalized(Text, Kind);

    /// <summary>A word opening in lower case; not "d'Almeida", a name whose particle is elided.</summary>
    public bool IsLowercaseWord { get; } = Kind == TokenKind.Word && char.IsLower(Text[0]) && !IsElidedParticle(Text, Kind);

    public bool IsNameToken { get; } = IsCapitalized(Text, Kind) || Kind == TokenKind.Initials || IsElidedParticle(Text, Kind) || IsJoinedParticle(Text, Kind);

    private static bool IsCapitalized(string text, TokenKind kind) =>
        kind == TokenKind.Word && char.IsUpper(text[0]) && (text.Length == 1 || HasALowerCaseLetterAfterTheFirst(text));

    /// <summary>"deGrasse", "vanDyke": a particle written into the name, which then goes on in capitals.</summary>
    /// <remarks>Every such particle opens in "d", "v" or "l": other words, most words in lower case, are not compared with them.</remarks>
    private static bool IsJoinedParticle(string text, TokenKind kind) =>
        kind == TokenKind.Word && text.Length > 4 && text[0] is 'd' or 'v' or 'l' && char.IsLower(text[^1]) && OpensWithAJoinedParticle(text);

    // Each opens in "d", "v" or "l", which IsJoinedParticle reads first.
    private static readonly string[] JoinedParticles = ["de", "da", "di", "du", "van", "von", "le", "la"];

    // Asked of nearly every word of every fact: plain loops, so that asking allocates nothing.
    private static bool OpensWithAJoinedParticle(string text)
    {
        foreach (var particle in JoinedParticles)
        {
            if (text.StartsWith(particle, StringComparison.Ordinal) && char.IsUpper(text[particle.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasALowerCaseLetterAfterTheFirst(string text)
    {
        foreach (var c in text.AsSpan(1))
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"d'Arcy", "d'Água": an elided "de" joined to a capitalised name belongs to the name around it.</summary>
    public bool IsElidedParticleName => IsElidedParticle(Text, Kind);

    private static bool IsElidedParticle(string text, TokenKind kind) =>
        kind == TokenKind.Word && text.Length > 2 && text[0] is 'd' && text[1] is '\'' or '’' && char.IsUpper(text[2]);

    /// <summary>Part of the label opening a fact-sheet line ("Bilheteria doméstica:"), which is never a name.</summary>
    public bool InLabel { get; init; }

    public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;
}
