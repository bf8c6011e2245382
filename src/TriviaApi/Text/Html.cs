using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TriviaApi.Text;

/// <summary>The one HTML encoder, the framework's: every Unicode letter is let through, so accents stay readable.</summary>
public static class Html
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
