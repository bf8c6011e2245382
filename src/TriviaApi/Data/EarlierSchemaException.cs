namespace TriviaApi.Data;

/// <summary>A database made before the migrations were reset to one initial schema: it cannot be upgraded, only re-imported.</summary>
public sealed class EarlierSchemaException(string message) : InvalidOperationException(message);
