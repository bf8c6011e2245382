using System.Text.Json;
using System.Text.Json.Serialization;
using TriviaApi.Api;
using TriviaApi.Facts;
using TriviaApi.Features.DailyTrivia;
using TriviaApi.Features.Films;
using TriviaApi.Features.People;
using TriviaApi.Features.Quiz;
using TriviaApi.Features.RandomTrivia;
using TriviaApi.Features.Search;
using TriviaApi.Features.Tags;

namespace TriviaApi.Features;

/// <summary>
/// The responses' JSON writers, generated at build time with the API's options (camelCase, the web defaults), written
/// by <see cref="JsonResponseFormatter"/>. A response type left out is still written, by System.Text.Json's reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PagedList<TriviaFactResponse>))]
[JsonSerializable(typeof(PagedList<SearchResult>))]
[JsonSerializable(typeof(List<Suggestion>))]
[JsonSerializable(typeof(PagedList<FilmSummary>))]
[JsonSerializable(typeof(PagedList<PersonSummary>))]
[JsonSerializable(typeof(PagedList<TagSummary>))]
[JsonSerializable(typeof(FilmDetail))]
[JsonSerializable(typeof(PersonDetail))]
[JsonSerializable(typeof(TagSummary))]
[JsonSerializable(typeof(TriviaFactResponse))]
[JsonSerializable(typeof(RandomTrivia.RandomTrivia))]
[JsonSerializable(typeof(TriviaSessionResponse))]
[JsonSerializable(typeof(DailyTrivia.DailyTrivia))]
[JsonSerializable(typeof(QuizResponse))]
[JsonSerializable(typeof(AnswerResult))]
internal sealed partial class ResponseJson : JsonSerializerContext;
