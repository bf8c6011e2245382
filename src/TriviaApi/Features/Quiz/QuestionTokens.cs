using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// A question's id carries what checking an answer needs (the fact, the options, the right one), encrypted and
/// signed by ASP.NET Core Data Protection: the server stores no quizzes, and a client can neither read the answer
/// out of an id nor forge one.
/// </summary>
public sealed class QuestionTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("TriviaApi.Quiz.Question.v1").ToTimeLimitedDataProtector();

    public string Write(QuizQuestion question) =>
        _protector.Protect(JsonSerializer.Serialize(new QuestionKey(question.FactId, question.Options, question.CorrectIndex)), clock.GetUtcNow() + Lifetime);

    public bool TryRead(string token, out QuestionKey key)
    {
        key = null!;
        try
        {
            key = JsonSerializer.Deserialize<QuestionKey>(_protector.Unprotect(token, out var expiration))!;
            return expiration > clock.GetUtcNow() && key is not null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return false;
        }
    }
}

/// <summary>What a question id holds.</summary>
/// <param name="FactId">The fact the question comes from.</param>
/// <param name="Options">The options, in the order shown.</param>
/// <param name="Correct">The index of the right option.</param>
public sealed record QuestionKey(int FactId, IReadOnlyList<string> Options, int Correct);
