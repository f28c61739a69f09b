using StayHub.Framework.Contracts.Application;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedisRateLimiting;
using StackExchange.Redis;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Errors;
using StayHub.Framework.Http.Security;

namespace StayHub.Framework.Http.Hosting;

public static class RateLimitingSetup
{
    /// <summary>Policy for endpoints that take credentials; apply with <c>.RequireRateLimiting(RateLimitingSetup.AuthPolicy)</c>.</summary>
    public const string AuthPolicy = RateLimitPolicies.Auth;

    internal static IServiceCollection AddStayHubRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimiting").Get<RateLimitSettings>() ?? new RateLimitSettings();
        var prefix = (configuration["Cache:KeyPrefix"] ?? "stayhub:") + "rl:";
        services.AddRateLimiter(options =>
        {
            options.OnRejected = OnRejectedAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Partition(context, prefix + "global:" + CallerKey(context), settings, settings.Global));
            options.AddPolicy(AuthPolicy, context => Partition(context, prefix + "auth:" + IpKey(context), settings, settings.Auth));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string key, RateLimitSettings settings, RateLimitSettings.WindowLimit limit)
    {
        var services = context.RequestServices;
        return RateLimitPartition.Get(key, partitionKey =>
        {
            var redis = services.GetRequiredService<IConnectionMultiplexer>();
            var counted = new RedisFixedWindowRateLimiter<string>(partitionKey, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
            });
            var shared = new RedisOutageFallbackRateLimiter(counted, limit.PermitLimit, limit.Window,
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingSetup)));
            // Wrapped even when not batching (maxBatch 1): RedisRateLimiting's limiter reports itself never idle, so
            // on its own the partitioned limiter would keep one per client address ever seen.
            var maxBatch = settings.LocalHold > TimeSpan.Zero ? Math.Clamp(limit.PermitLimit / 100, 1, Math.Max(1, settings.MaxLocalBatch)) : 1;
            return new BatchedRateLimiter(shared, maxBatch, settings.LocalHold, services.GetRequiredService<TimeProvider>());
        });
    }

    private static string CallerKey(HttpContext context) =>
        context.User.FindFirst(StayHubClaims.Subject)?.Value is { } subject ? "user:" + subject : IpKey(context);

    private static string IpKey(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        // RedisRateLimiting reports the time left in the window as whole seconds under a name of its own.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
            : rejected.Lease.TryGetMetadata(RateLimitMetadataName.RetryAfter.Name, out var seconds) && seconds is int s ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromMinutes(1);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ProblemDetailsSetup.Create(
                StatusCodes.Status429TooManyRequests,
                ErrorCodes.RateLimited,
                "Too many requests",
                "Slow down; retry after the number of seconds in the Retry-After header."),
        });
    }
}
