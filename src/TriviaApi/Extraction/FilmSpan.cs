namespace TriviaApi.Extraction;

/// <summary>A film found in a fact, and the characters of the text it covers.</summary>
internal sealed record FilmSpan(FilmMention Film, int Start, int End, bool IsSubject, string Cue)
{
    public bool Covers(Token token) => token.Start >= Start && token.End <= End;
}
