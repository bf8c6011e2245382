namespace TriviaApi.Extraction;

/// <summary>A person credited on the subject film: "Emma Stone", "atriz", playing "Mia".</summary>
public sealed record SubjectCredit(string Person, string Role, string? Character);
