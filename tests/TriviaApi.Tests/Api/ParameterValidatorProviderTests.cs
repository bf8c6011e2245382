using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TriviaApi.Api;
using TriviaApi.Features.Trivia;

namespace TriviaApi.Tests.Api;

[Collection(SeededApi.Name)]
public sealed class ParameterValidatorProviderTests(TriviaApiFactory factory)
{
    private static readonly System.Reflection.ParameterInfo TriviaQuery = typeof(TriviaController).GetMethod(nameof(TriviaController.List))!.GetParameters()[0];

    [Fact]
    public void MVC_asks_this_provider_for_validators_and_not_FluentValidations_own()
    {
        var providers = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelValidatorProviders;

        Assert.Single(providers.OfType<ParameterValidatorProvider>());
        Assert.Empty(providers.OfType<FluentValidationModelValidatorProvider>());
    }

    [Fact]
    public void A_parameters_validator_is_given_once_for_MVC_to_keep()
    {
        var found = Validators(QueryMetadata());

        Assert.True(Assert.Single(found).IsReusable);
    }

    [Fact]
    public void A_property_of_a_parameter_gets_none_of_its_own()
    {
        var metadata = QueryMetadata();

        Assert.Empty(Validators(metadata.Properties[nameof(TriviaListQuery.Sort)]!));
    }

    // The metadata MVC validates an action's parameter by, as its parameter binder asks for it.
    private ModelMetadata QueryMetadata() =>
        ((ModelMetadataProvider)factory.Services.GetRequiredService<IModelMetadataProvider>()).GetMetadataForParameter(TriviaQuery);

    private List<ValidatorItem> Validators(ModelMetadata metadata)
    {
        var provider = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelValidatorProviders.OfType<ParameterValidatorProvider>().Single();
        var context = new ModelValidatorProviderContext(metadata, []);
        provider.CreateValidators(context);
        return [.. context.Results];
    }
}
