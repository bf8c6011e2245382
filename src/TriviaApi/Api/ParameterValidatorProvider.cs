using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TriviaApi.Api;

/// <summary>
/// Runs an action parameter's FluentValidation validator (a query object, a body) where MVC validates the parameter,
/// in place of FluentValidation.AspNetCore's provider. That one gives MVC a validator it may not keep, so MVC asks for
/// it again for every value it visits on every request, and each time it looks the validator up (a generic type made,
/// a service resolved, the parameter's attributes read). The validators are singletons: this finds a parameter's once,
/// and MVC keeps it. FluentValidation.AspNetCore's visitor still runs around it, and with it the way MVC's own errors
/// and the validators' combine in a 400.
/// </summary>
internal sealed class ParameterValidatorProvider(IServiceProvider services) : IModelValidatorProvider
{
    public void CreateValidators(ModelValidatorProviderContext context)
    {
        // The parameter alone, as FluentValidation.AspNetCore validates without implicit child validation: a property's
        // type may have a validator of its own (a page's), which the parameter's validator includes.
        if (context.ModelMetadata.MetadataKind == ModelMetadataKind.Parameter
            && services.GetService(typeof(IValidator<>).MakeGenericType(context.ModelMetadata.ModelType)) is IValidator validator)
        {
            context.Results.Add(new ValidatorItem { Validator = new Validating(validator), IsReusable = true });
        }
    }

    private sealed class Validating(IValidator validator) : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context) =>
            context.Model is null
                ? []
                : validator.Validate(new ValidationContext<object>(context.Model)).Errors.Select(e => new ModelValidationResult(e.PropertyName, e.ErrorMessage));
    }
}
