using Microsoft.AspNetCore.HttpLogging;
using OpenTelemetry.Metrics;
using TriviaApi.Search;

namespace TriviaApi.Api;

/// <summary>
/// Running it as a service: JSON logs on the console in Production, metrics in Prometheus text at <c>/metrics</c>
/// (requests by route and status, search latency and imports; the import meter is named here, as Api/ may not use
/// Importing/), and an access log of one line per request (method, route, status, duration, trace id) when the
/// <c>Microsoft.AspNetCore.HttpLogging</c> category is at Information. appsettings.json leaves that category at
/// Warning: the request metrics already count and time every request, and a line per request costs each request a
/// formatted JSON line and a turn on the console logger's queue lock.
/// </summary>
public static class Observability
{
    public static WebApplicationBuilder AddTriviaObservability(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        builder.Services.AddHttpLoggingInterceptor<RouteLogging>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(SearchMetrics.MeterName, "TriviaApi.Import")
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication UseTriviaObservability(this WebApplication app)
    {
        // The meters are listened to from here on, not only once the host starts: the start-up steps' import counts.
        _ = app.Services.GetRequiredService<MeterProvider>();
        app.UseHttpLogging();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    /// <summary>Adds the matched route's template to the request's log line, so requests group by endpoint, not URL.</summary>
    private sealed class RouteLogging : IHttpLoggingInterceptor
    {
        public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;

        public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
        {
            if (logContext.HttpContext.GetEndpoint() is RouteEndpoint endpoint)
            {
                logContext.AddParameter("Route", endpoint.RoutePattern.RawText);
            }

            logContext.AddParameter("TraceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? logContext.HttpContext.TraceIdentifier);
            return ValueTask.CompletedTask;
        }
    }
}
