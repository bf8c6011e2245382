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
/// The responses' JSON, written by code the compiler generates for these types (System.Text.Json's source generator)
/// rather than by the serializer's reflection-built converters, which walk each property through a generic
/// state machine. With the web defaults MVC serializes with, the generated writers are used as they are; a type not
/// listed here is still written by reflection, the same JSON either way.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PagedList<TriviaFactResponse>))]
[JsonSerializable(typeof(TriviaFactResponse))]
[JsonSerializable(typeof(PagedList<SearchResult>))]
[JsonSerializable(typeof(IReadOnlyList<Suggestion>))]
[JsonSerializable(typeof(PagedList<FilmSummary>))]
[JsonSerializable(typeof(FilmDetail))]
[JsonSerializable(typeof(PagedList<PersonSummary>))]
[JsonSerializable(typeof(PersonDetail))]
[JsonSerializable(typeof(PagedList<TagSummary>))]
[JsonSerializable(typeof(TagSummary))]
[JsonSerializable(typeof(DailyTrivia.DailyTrivia))]
[JsonSerializable(typeof(RandomTrivia.RandomTrivia))]
[JsonSerializable(typeof(QuizResponse))]
internal sealed partial class ResponseJson : JsonSerializerContext;
