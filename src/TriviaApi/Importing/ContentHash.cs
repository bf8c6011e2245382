using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace TriviaApi.Importing;

/// <summary>
/// The content hash of a fact: the first 128 bits of SHA-256 of its UTF-8 text, in lower-case hex (32 digits). It
/// tells a file's lines apart from one import to the next, for which 128 bits leave no room for a collision, and every
/// fact stores one.
/// </summary>
internal static class ContentHash
{
    public const int Digits = 32;

    public static string Of(string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[length];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash[..(Digits / 2)]);
    }
}
