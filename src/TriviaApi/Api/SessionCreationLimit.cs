using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace TriviaApi.Api;

/// <summary>
/// Anonymous session creation is limited per client address (<c>Sessions:CreationsPerMinute</c>), so no one client
/// can fill the session store; the store's cap (<c>Sessions:Max</c>) bounds it whatever many clients do. Behind a
/// proxy, forward the client's address (ASP.NET Core's forwarded headers) or every client shares one allowance.
/// </summary>
public static class SessionCreationLimit
{
    public const string Policy = "session-creation";

    public static IServiceCollection AddSessionCreationLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Sessions:CreationsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        // The framework knows no type for 429 (RFC 6585 defines it), unlike the statuses of RFC 9110.
                        Type = "https://tools.ietf.org/html/rfc6585#section-4",
                        Title = "Too many sessions created.",
                        Detail = $"A client may create {perMinute} trivia sessions a minute; try again in {seconds} s, or keep using the session you have.",
                    },
                });
            };
        });
        return services;
    }
}
