namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// The requests whose answers the OpenAPI document shows as examples: a 200 (201, 204) of every operation, a 400 with
/// <c>errors</c> and, where the operation has one, a 404. <c>{token}</c> stands for a live session's token and
/// <c>{question}</c> for a question id from a quiz.
/// </summary>
internal static class ExampleRequests
{
    public const string MissingToken = "AAAAAAAAAAAAAAAAAAAAAA";

    public static readonly (string OperationId, int Status, string Method, string Url, string? Body)[] All =
    [
        ("listFilms", 200, "GET", "/api/v1/films?q=chuva", null),
        ("listFilms", 400, "GET", "/api/v1/films?pageSize=500", null),
        ("getFilm", 200, "GET", "/api/v1/films/la-la-land", null),
        ("getFilm", 400, "GET", "/api/v1/films/La_La_Land", null),
        ("getFilm", 404, "GET", "/api/v1/films/nao-existe", null),
        ("listFilmTrivia", 200, "GET", "/api/v1/films/la-la-land/trivia?pageSize=1&tag=music", null),
        ("listFilmTrivia", 400, "GET", "/api/v1/films/la-la-land/trivia?film=whiplash", null),
        ("listFilmTrivia", 404, "GET", "/api/v1/films/nao-existe/trivia", null),
        ("listFilmPeople", 200, "GET", "/api/v1/films/la-la-land/people?pageSize=3", null),
        ("listFilmPeople", 400, "GET", "/api/v1/films/la-la-land/people?sort=year", null),
        ("listFilmPeople", 404, "GET", "/api/v1/films/nao-existe/people", null),
        ("listPeople", 200, "GET", "/api/v1/people?profession=pianista", null),
        ("listPeople", 400, "GET", "/api/v1/people?limit=5", null),
        ("getPerson", 200, "GET", "/api/v1/people/john-legend", null),
        ("getPerson", 400, "GET", "/api/v1/people/John%20Legend", null),
        ("getPerson", 404, "GET", "/api/v1/people/ninguem", null),
        ("listPersonTrivia", 200, "GET", "/api/v1/people/john-legend/trivia?pageSize=1", null),
        ("listPersonTrivia", 400, "GET", "/api/v1/people/john-legend/trivia?yearFrom=1500", null),
        ("listPersonTrivia", 404, "GET", "/api/v1/people/ninguem/trivia", null),
        ("listPersonFilms", 200, "GET", "/api/v1/people/john-legend/films", null),
        ("listPersonFilms", 400, "GET", "/api/v1/people/john-legend/films?person=emma-stone", null),
        ("listPersonFilms", 404, "GET", "/api/v1/people/ninguem/films", null),
        ("listTrivia", 200, "GET", "/api/v1/trivia?person=john-legend&pageSize=1", null),
        ("listTrivia", 400, "GET", "/api/v1/trivia?pageSize=500&sort=popularity", null),
        ("getTrivia", 200, "GET", "/api/v1/trivia/4", null),
        ("getTrivia", 400, "GET", "/api/v1/trivia/4?lang=en", null),
        ("getTrivia", 404, "GET", "/api/v1/trivia/99999", null),
        ("listTags", 200, "GET", "/api/v1/tags?pageSize=3&sort=-triviaCount", null),
        ("listTags", 400, "GET", "/api/v1/tags?sort=popularity", null),
        ("getTag", 200, "GET", "/api/v1/tags/music", null),
        ("getTag", 400, "GET", "/api/v1/tags/M%C3%BAsica", null),
        ("getTag", 404, "GET", "/api/v1/tags/poesia", null),
        ("listTagTrivia", 200, "GET", "/api/v1/tags/costumes/trivia?pageSize=1", null),
        ("listTagTrivia", 400, "GET", "/api/v1/tags/costumes/trivia?page=0", null),
        ("listTagTrivia", 404, "GET", "/api/v1/tags/poesia/trivia", null),
        ("search", 200, "GET", "/api/v1/search?q=piano&pageSize=2", null),
        ("search", 400, "GET", "/api/v1/search?type=trivia", null),
        ("suggest", 200, "GET", "/api/v1/search/suggest?q=gosl", null),
        ("suggest", 400, "GET", "/api/v1/search/suggest?q=%20", null),
        ("drawRandomTrivia", 200, "GET", "/api/v1/trivia/random?count=1&film=la-la-land&tag=costumes", null),
        ("drawRandomTrivia", 400, "GET", "/api/v1/trivia/random?count=100", null),
        ("createTriviaSession", 201, "POST", "/api/v1/trivia/sessions", null),
        ("createTriviaSession", 400, "POST", "/api/v1/trivia/sessions?film=la-la-land", null),
        ("getTriviaSession", 200, "GET", "/api/v1/trivia/sessions/{token}", null),
        ("getTriviaSession", 400, "GET", "/api/v1/trivia/sessions/{token}?page=2", null),
        ("getTriviaSession", 404, "GET", $"/api/v1/trivia/sessions/{MissingToken}", null),
        ("resetTriviaSession", 200, "POST", "/api/v1/trivia/sessions/{token}/reset", null),
        ("resetTriviaSession", 400, "POST", "/api/v1/trivia/sessions/{token}/reset?all=true", null),
        ("resetTriviaSession", 404, "POST", $"/api/v1/trivia/sessions/{MissingToken}/reset", null),
        ("deleteTriviaSession", 400, "DELETE", "/api/v1/trivia/sessions/{token}?now=true", null),
        ("deleteTriviaSession", 404, "DELETE", $"/api/v1/trivia/sessions/{MissingToken}", null),
        ("getDailyTrivia", 200, "GET", "/api/v1/trivia/daily?film=la-la-land&date=2026-11-29", null),
        ("getDailyTrivia", 400, "GET", "/api/v1/trivia/daily?date=29/11/2026", null),
        ("getDailyTrivia", 404, "GET", "/api/v1/trivia/daily?film=la-la-land&yearFrom=2020", null),
        ("makeQuiz", 200, "GET", "/api/v1/quiz?count=1&film=la-la-land&difficulty=easy", null),
        ("makeQuiz", 400, "GET", "/api/v1/quiz?difficulty=impossible", null),
        ("checkQuizAnswer", 200, "POST", "/api/v1/quiz/answers", """{"question":"{question}","answer":2}"""),
        ("checkQuizAnswer", 400, "POST", "/api/v1/quiz/answers", """{"question":"inventada","answer":7}"""),
        ("drawTriviaCard", 200, "GET", "/embed/trivia/random?film=la-la-land&tag=costumes&theme=light", null),
        ("drawTriviaCard", 400, "GET", "/embed/trivia/random?theme=blue", null),
        ("drawTriviaCard", 404, "GET", "/embed/trivia/random?film=la-la-land&yearFrom=2020", null),
        ("getTriviaCard", 200, "GET", "/embed/trivia/4?theme=light", null),
        ("getTriviaCard", 400, "GET", "/embed/trivia/4?theme=blue", null),
        ("getTriviaCard", 404, "GET", "/embed/trivia/99999", null),
    ];

    /// <summary>Answers that differ on every call (random draws, new sessions, quizzes), compared by status only.</summary>
    public static readonly HashSet<string> Varying =
    [
        "drawRandomTrivia.200", "createTriviaSession.201", "getTriviaSession.200", "resetTriviaSession.200",
        "makeQuiz.200", "checkQuizAnswer.200", "drawTriviaCard.200",
    ];
}
