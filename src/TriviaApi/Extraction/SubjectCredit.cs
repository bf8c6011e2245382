namespace TriviaApi.Extraction;

/// <summary>A person credited on the subject film: "Fernanda Torres", "atriz", playing "Eunice".</summary>
public sealed record SubjectCredit(string Person, string Role, string? Character);
