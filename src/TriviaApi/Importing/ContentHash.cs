using System.Security.Cryptography;
using System.Text;

namespace TriviaApi.Importing;

/// <summary>The content hash of a fact: SHA-256 of its UTF-8 text, in lower-case hex.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
