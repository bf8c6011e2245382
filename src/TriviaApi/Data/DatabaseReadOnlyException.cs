namespace TriviaApi.Data;

/// <summary>A write was asked of a server whose database is read-only: a 503 problem, never a 500.</summary>
public sealed class DatabaseReadOnlyException() : Exception("The database is read-only: this server answers reads, and cannot keep trivia sessions.");
