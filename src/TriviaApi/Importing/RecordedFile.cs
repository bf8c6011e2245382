namespace TriviaApi.Importing;

/// <summary>
/// A file an import reads, as recorded when the import begins: the id its facts refer to, and whether an earlier import
/// had recorded it (only then can it have facts).
/// </summary>
internal readonly record struct RecordedFile(int Id, bool SeenBefore);
