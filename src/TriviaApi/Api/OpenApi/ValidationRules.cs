using FluentValidation;
using FluentValidation.Validators;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// What the FluentValidation rules of a request type say about one of its properties, read from the validators
/// themselves, so the OpenAPI document states the same ranges, sets and required flags the API enforces.
/// </summary>
internal sealed record ValidationRules(bool Required, decimal? Minimum, decimal? Maximum, IReadOnlyList<string>? Values)
{
    private static readonly ValidationRules None = new(false, null, null, null);

    /// <summary>The rules on <paramref name="property"/> from the validators of <paramref name="container"/> and its base types.</summary>
    public static ValidationRules For(IServiceProvider services, Type container, string property)
    {
        using var scope = services.CreateScope();
        var rules = None;
        for (var type = container; type is not null && type != typeof(object); type = type.BaseType)
        {
            if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
            {
                continue;
            }

            foreach (var (component, _) in validator.CreateDescriptor().GetValidatorsForMember(property))
            {
                rules = rules.With(component);
            }
        }

        return rules;
    }

    private ValidationRules With(IPropertyValidator component) => component switch
    {
        INotNullValidator or INotEmptyValidator => this with { Required = true },
        IBetweenValidator between => this with { Minimum = Convert.ToDecimal(between.From, System.Globalization.CultureInfo.InvariantCulture), Maximum = Convert.ToDecimal(between.To, System.Globalization.CultureInfo.InvariantCulture) },
        IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual, ValueToCompare: { } floor } => this with { Minimum = Convert.ToDecimal(floor, System.Globalization.CultureInfo.InvariantCulture) },
        _ when component.GetType().IsGenericType && component.GetType().GetGenericTypeDefinition() == typeof(AllowedValuesValidator<,>) =>
            this with { Values = (IReadOnlyList<string>)component.GetType().GetProperty(nameof(AllowedValuesValidator<object, object>.Values))!.GetValue(component)! },
        _ => this,
    };
}
