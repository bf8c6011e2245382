using System.Diagnostics.CodeAnalysis;

namespace TriviaApi.Text;

/// <summary>
/// A value a query string carries as text and that parses itself: a search, a cursor. It is parsed once, where the
/// request is bound; text that does not parse is a 400 naming the parameter and saying why, and what a service
/// receives is the value, never the text again. (<see cref="IParsable{TSelf}"/> tells the framework it is one value,
/// not an object of several parameters.)
/// </summary>
public interface IQueryValue<TSelf> : IParsable<TSelf>
    where TSelf : class, IQueryValue<TSelf>
{
    /// <summary>
    /// Parses <paramref name="text"/>; fails with a reason a client can act on, and then <paramref name="value"/> is
    /// what could be read, if anything.
    /// </summary>
    static abstract bool TryParse(string text, [NotNullWhen(true)] out TSelf? value, out string problem);

    /// <summary>
    /// The same for the parameter named <paramref name="parameter"/>: a value that several parameters take (an id or
    /// slug) names in its problem the one that failed.
    /// </summary>
    static virtual bool TryParse(string text, string parameter, [NotNullWhen(true)] out TSelf? value, out string problem) =>
        TSelf.TryParse(text, out value, out problem);
}
