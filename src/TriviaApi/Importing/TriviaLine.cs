using System.Text.RegularExpressions;

namespace TriviaApi.Importing;

/// <summary>
/// One fact as it stands in its file: 1-based line number and text, verbatim but for the line ending. The text is
/// the provenance (its hash tells an unchanged line); <see cref="Fact"/> is what the API shows and extraction reads.
/// </summary>
public sealed partial record TriviaLine(int Number, string Text)
{
    /// <summary>The text without the list marker a numbered or bulleted file opens its lines with ("3. ", "3) ", "- ", "• ").</summary>
    public string Fact { get; } = ListMarker().Replace(Text, "", 1);

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|[-–—•*·▪●◦‣])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
