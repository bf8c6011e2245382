using System.Buffers.Text;
using System.Security.Cryptography;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>Session tokens: 128 random bits in base64url, 22 characters.</summary>
public static class SessionTokens
{
    private const int Bytes = 16;

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static bool IsWellFormed(string token) =>
        token.Length == Base64Url.GetEncodedLength(Bytes) && Base64Url.IsValid(token);
}
