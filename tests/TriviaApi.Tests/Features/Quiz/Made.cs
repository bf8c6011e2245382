using TriviaApi.Features.Quiz;

namespace TriviaApi.Tests.Features.Quiz;

/// <summary>Hand-made candidates and facts, about films and people the seed does not name.</summary>
internal static class Made
{
    private static int s_nextId = 1000;

    public static QuizCandidate Person(string name, int mentions = 1, params string[] professions) =>
        new(Interlocked.Increment(ref s_nextId), name, null, null, professions, mentions);

    public static QuizCandidate Film(string title, int year, int mentions = 1, string? originalTitle = null) =>
        new(Interlocked.Increment(ref s_nextId), title, originalTitle, year, [], mentions);

    public static QuizFact Fact(string text, QuizCandidate[]? people = null, QuizCandidate[]? films = null) =>
        new(Interlocked.Increment(ref s_nextId), text, people ?? [], films ?? []);

    public static QuestionBlank? BlankOf(QuizFact fact, QuizCandidate entity) =>
        QuestionBlanks.For(fact).SingleOrDefault(b => b.Entity == entity);

    public static QuestionBlank? BlankOf(QuizFact fact, int year) =>
        QuestionBlanks.For(fact).SingleOrDefault(b => b.Year == year);

    /// <summary>Actors of Brazilian films, to draw person distractors from.</summary>
    public static QuizCandidate[] Actors() =>
    [
        Person("Selton Mello", 3, "ator"),
        Person("Lázaro Ramos", 2, "ator"),
        Person("Rodrigo Santoro", 4, "ator"),
        Person("Matheus Nachtergaele", 1, "ator"),
    ];

    /// <summary>Films a few years apart, to draw film distractors from.</summary>
    public static QuizCandidate[] Films() =>
    [
        Film("Central do Brasil", 1998, 3),
        Film("Cidade de Deus", 2002, 5),
        Film("Carandiru", 2003, 1),
        Film("Abril Despedaçado", 2001, 1),
        Film("O Auto da Compadecida", 2000, 2),
        Film("Bye Bye Brasil", 1979, 1),
    ];
}
