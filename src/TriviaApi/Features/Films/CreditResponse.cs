using TriviaApi.Api.Resources;

namespace TriviaApi.Features.Films;

/// <summary>A person's part in a film.</summary>
/// <param name="Person">Who.</param>
/// <param name="Role">The role, in Portuguese: <c>diretor</c>, <c>atriz</c>.</param>
/// <param name="Character">The character played, if any.</param>
public sealed record CreditResponse(PersonRef Person, string Role, CharacterRef? Character);
