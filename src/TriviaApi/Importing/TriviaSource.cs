using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>A trivia file read and checked, with the film it is about: everything an import needs, before any database work.</summary>
public sealed record TriviaSource(string FileName, string Language, SubjectFilm Subject, IReadOnlyList<TriviaLine> Lines);
