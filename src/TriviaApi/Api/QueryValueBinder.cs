using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using TriviaApi.Text;

namespace TriviaApi.Api;

/// <summary>
/// Binds a query parameter whose type parses itself (<see cref="IQueryValue{TSelf}"/>): the parsed value, or an error
/// keyed by the parameter with the type's own reason, which the 400 problem details show beside every other.
/// </summary>
internal sealed class QueryValueBinderProvider : IModelBinderProvider
{
    public static bool IsQueryValue(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryValue<>));

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        IsQueryValue(context.Metadata.ModelType)
            ? (IModelBinder)Activator.CreateInstance(typeof(QueryValueBinder<>).MakeGenericType(context.Metadata.ModelType))!
            : null;
}

/// <summary>
/// A value that parses itself is checked whole, by its parse, where it is bound: MVC's validation does not walk into
/// its properties (a search's terms, their words), as <see cref="SuppressChildValidationMetadataProvider"/> does for
/// the types it is given, though each of them would be asked for validators on every request.
/// </summary>
internal sealed class QueryValueValidationProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (QueryValueBinderProvider.IsQueryValue(context.Key.ModelType))
        {
            context.ValidationMetadata.ValidateChildren = false;
        }
    }
}

internal sealed class QueryValueBinder<T> : IModelBinder
    where T : class, IQueryValue<T>
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        // Absent or blank, as for text parameters: no value.
        if (string.IsNullOrWhiteSpace(value.FirstValue))
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (!T.TryParse(value.FirstValue, ApiSetup.CamelCase(bindingContext.ModelName), out var parsed, out var problem))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, problem);
        }

        // What could be read is bound even when it does not parse, so that a rule about the parameter's absence
        // ("q is required") does not fire beside the reason; the request is a 400 all the same.
        if (parsed is not null)
        {
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }

        return Task.CompletedTask;
    }
}
