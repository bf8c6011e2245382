using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// The name of each operation, as generated clients call their methods (<c>listTrivia</c>, <c>getFilm</c>). Keyed by
/// method and route, which are the contract, not by controller or action, which are how the code happens to be cut.
/// </summary>
internal static class OperationIds
{
    private static readonly Dictionary<string, string> ByRoute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET api/v1/films"] = "listFilms",
        ["GET api/v1/films/{idOrSlug}"] = "getFilm",
        ["GET api/v1/films/{idOrSlug}/trivia"] = "listFilmTrivia",
        ["GET api/v1/films/{idOrSlug}/people"] = "listFilmPeople",
        ["GET api/v1/people"] = "listPeople",
        ["GET api/v1/people/{idOrSlug}"] = "getPerson",
        ["GET api/v1/people/{idOrSlug}/trivia"] = "listPersonTrivia",
        ["GET api/v1/people/{idOrSlug}/films"] = "listPersonFilms",
        ["GET api/v1/trivia"] = "listTrivia",
        ["GET api/v1/trivia/{id}"] = "getTrivia",
        ["GET api/v1/tags"] = "listTags",
        ["GET api/v1/tags/{slug}"] = "getTag",
        ["GET api/v1/tags/{slug}/trivia"] = "listTagTrivia",
        ["GET api/v1/search"] = "search",
        ["GET api/v1/search/suggest"] = "suggest",
        ["GET api/v1/trivia/random"] = "drawRandomTrivia",
        ["POST api/v1/trivia/sessions"] = "createTriviaSession",
        ["GET api/v1/trivia/sessions/{token}"] = "getTriviaSession",
        ["POST api/v1/trivia/sessions/{token}/reset"] = "resetTriviaSession",
        ["DELETE api/v1/trivia/sessions/{token}"] = "deleteTriviaSession",
        ["GET api/v1/trivia/daily"] = "getDailyTrivia",
        ["GET api/v1/quiz"] = "makeQuiz",
        ["POST api/v1/quiz/answers"] = "checkQuizAnswer",
        ["GET embed/trivia/random"] = "drawTriviaCard",
        ["GET embed/trivia/{id}"] = "getTriviaCard",
    };

    /// <summary>The operation's id; a route missing here fails the document, so no operation goes out unnamed.</summary>
    public static string For(ApiDescription api) =>
        ByRoute.TryGetValue($"{api.HttpMethod} {api.RelativePath}", out var id)
            ? id
            : throw new InvalidOperationException($"{api.HttpMethod} {api.RelativePath} has no operationId: add it to {nameof(OperationIds)}.");
}
