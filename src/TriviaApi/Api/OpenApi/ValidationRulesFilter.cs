using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// Writes the validators' rules into the document: <c>required</c>, <c>minimum</c>/<c>maximum</c> and <c>enum</c> on
/// query parameters and on the properties of request bodies; and the closed sets of response
/// properties marked <see cref="OneOfValuesAttribute"/> as <c>enum</c>.
/// </summary>
internal sealed class ValidationRulesFilter(IServiceProvider services) : IParameterFilter, ISchemaFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter writable || parameter.Schema is not OpenApiSchema schema)
        {
            return;
        }

        // An example of a repeatable parameter is a list of values, not one value.
        if (schema.Type == JsonSchemaType.Array && writable.Example is JsonValue one)
        {
            writable.Example = new JsonArray(one.DeepClone());
            schema.Example = writable.Example.DeepClone();
        }

        var metadata = context.ApiParameterDescription.ModelMetadata;
        if (metadata?.ContainerType is not { } container || metadata.PropertyName is not { } property)
        {
            return;
        }

        var rules = ValidationRules.For(services, container, property);
        if (rules.Required)
        {
            writable.Required = true;
        }

        Apply(rules, schema);
    }

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema writable || writable.Properties is null || context.Type.IsPrimitive || context.Type == typeof(string))
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = ApiSetup.CamelCase(property.Name);
            if (!writable.Properties.TryGetValue(name, out var propertySchema) || propertySchema is not OpenApiSchema target)
            {
                continue;
            }

            if (property.GetCustomAttribute<OneOfValuesAttribute>() is { } closedSet)
            {
                target.Enum = [.. closedSet.Values.Select(v => (JsonNode)JsonValue.Create(v))];
            }

            var rules = ValidationRules.For(services, context.Type, property.Name);
            if (rules.Required)
            {
                writable.Required ??= new HashSet<string>();
                writable.Required.Add(name);
                target.Type &= ~JsonSchemaType.Null;
            }

            Apply(rules, target);
        }
    }

    private static void Apply(ValidationRules rules, OpenApiSchema schema)
    {
        if (rules.Minimum is { } minimum)
        {
            schema.Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (rules.Maximum is { } maximum)
        {
            schema.Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (rules.Values is { } values)
        {
            // A repeatable parameter's rule is on each of its values.
            var target = schema.Type == JsonSchemaType.Array && schema.Items is OpenApiSchema items ? items : schema;
            target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
    }
}
