namespace TriviaApi.Search.Index;

/// <summary>An import's database transaction committed but its search index update failed; the next start rebuilds the index.</summary>
public sealed class SearchIndexBehindException(string message, Exception inner) : Exception(message, inner);
