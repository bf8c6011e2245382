namespace TriviaApi.Api;

/// <summary>
/// A text property of a response whose value is always one of a fixed set: the static <c>string[]</c> (or list)
/// <paramref name="member"/> of <paramref name="owner"/>, the same set the code draws its values from, so the OpenAPI
/// document declares it as an <c>enum</c> without writing the values again.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfValuesAttribute(Type owner, string member) : Attribute
{
    public IReadOnlyList<string> Values => (IReadOnlyList<string>)(owner.GetField(member)?.GetValue(null) ?? owner.GetProperty(member)?.GetValue(null)
        ?? throw new InvalidOperationException($"{owner.Name}.{member} is not a static list of values."));
}
