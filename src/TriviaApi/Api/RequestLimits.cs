namespace TriviaApi.Api;

/// <summary>How large a request body may be: the API's only body is a quiz answer, a few hundred bytes.</summary>
public static class RequestLimits
{
    public const int MaxBodyBytes = 16 * 1024;
}
