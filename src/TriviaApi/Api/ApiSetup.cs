using System.Text.Json;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using TriviaApi.Api.OpenApi;

namespace TriviaApi.Api;

/// <summary>The HTTP side of the API, registered and wired in one place: controllers, validation, errors, caching, CORS, Swagger.</summary>
public static class ApiSetup
{
    private const string AnyOriginReads = "AnyOriginReads";

    /// <summary>The server cache's default size limit, in bytes.</summary>
    internal const long ServerCacheBytes = 32L << 20;

    public static IServiceCollection AddTriviaApi(this IServiceCollection services)
    {
        services.AddControllers(options =>
            {
                // Instances, not types: a filter given by its type is built anew for every request.
                options.Filters.Add(new UnknownQueryParameterFilter());
                options.Filters.Add(new PageLinksFilter());
                options.Conventions.Add(new StandardResponsesConvention());
                options.ModelBinderProviders.Insert(0, new QueryValueBinderProvider());
                options.ModelMetadataDetailsProviders.Add(new QueryValueValidationProvider());

                // Every query value we bind that is not text is a whole number.
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is not valid: {CamelCase(field)} must be a whole number.");
                options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"'{value}' is not valid here: a whole number is expected.");
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ValidationProblems.FromModelState);
        // No Server header; a body over the documented limit is refused while it is read, even when sent chunked.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        });

        // A body that is not the JSON expected says which field, never which .NET type it failed to become.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => json.AllowInputFormatterExceptionMessages = false);
        // MVC's JSON formatter, in its place, by one that writes the same bytes with the generated writers (JsonResponseFormatter says why).
        services.AddOptions<MvcOptions>().Configure<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>((mvc, json) =>
        {
            var at = mvc.OutputFormatters.IndexOf(mvc.OutputFormatters.OfType<SystemTextJsonOutputFormatter>().Single());
            mvc.OutputFormatters[at] = new JsonResponseFormatter(json.Value.JsonSerializerOptions);
        });
        services.AddOutputCache(options => options.AddBasePolicy(new ServerCachePolicy(new UrlSightings())));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();

        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);
        services.AddFluentValidationAutoValidation();
        // Its validator provider, in its place, by one that finds each parameter's validator once (ParameterValidatorProvider says why).
        services.AddOptions<MvcOptions>().Configure<IServiceProvider>((mvc, provider) =>
        {
            var at = mvc.ModelValidatorProviders.IndexOf(mvc.ModelValidatorProviders.OfType<FluentValidationModelValidatorProvider>().Single());
            mvc.ModelValidatorProviders[at] = new ParameterValidatorProvider(provider);
        });
        // Singletons: building a validator compiles its rules, and they hold nothing of a request (the quiz's reads
        // tokens through a singleton), so they are built once rather than in every request's scope (the default).
        services.AddValidatorsFromAssemblyContaining<ListQuery>(ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddCors(options => options.AddPolicy(AnyOriginReads, policy =>
            policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Link")));

        // The server's cache keeps at most this many bytes of responses (ASP.NET Core's default is 100 MB), unless
        // OutputCache:SizeLimit says otherwise: the URLs worth keeping are the few asked again and again, and every byte
        // kept is live data each garbage collection walks, in a process that must fit its memory budget (README).
        services.AddOptions<OutputCacheOptions>().Configure(options => options.SizeLimit = ServerCacheBytes).BindConfiguration("OutputCache");
        services.AddTriviaOpenApi();
        return services;
    }

    internal static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    public static WebApplication UseTriviaApi(this WebApplication app)
    {
        app.UseMiddleware<HttpHygieneMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Routing after the hygiene middleware, so a HEAD it has turned into a GET is routed as one.
        app.UseRouting();
        app.UseCors(AnyOriginReads);
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ETagMiddleware>());
        app.UseTriviaOpenApi();
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        app.MapControllers();
        return app;
    }
}
