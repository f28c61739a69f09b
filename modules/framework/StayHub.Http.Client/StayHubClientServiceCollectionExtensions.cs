using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using StayHub.Http.Client.Proxies;

namespace StayHub.Http.Client;

/// <summary>Registers the StayHub client: <c>services.AddStayHubClient(o => …).AddProxies(typeof(IBookingAppService).Assembly)</c>.</summary>
public static class StayHubClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the HTTP plumbing every proxy shares: the <see cref="StayHubClientNames.Api"/> client with a resilience
    /// pipeline (transient failures retried for GETs and idempotent methods only — a plain POST is never sent twice) and
    /// the bearer-token handler, and the token client. One StayHub client per service collection.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and, for signed-in calls, <see cref="StayHubClientOptions.Tokens"/>.</param>
    public static StayHubClientBuilder AddStayHubClient(this IServiceCollection services, Action<StayHubClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<StayHubClientOptions>()
            .Configure(configure)
            .Validate(o => o.BaseAddress is { IsAbsoluteUri: true }, "StayHubClientOptions.BaseAddress must be an absolute URI.")
            .ValidateOnStart();
        services.TryAddSingleton<ProxyTransport>();
        services.TryAddSingleton<IAccessTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<StayHubClientOptions>>().Value.Tokens?.Invoke(sp) ?? AnonymousTokens.Instance);
        services.TryAddTransient<AccessTokenHandler>();

        services.AddHttpClient(StayHubClientNames.Tokens, ConfigureBaseAddress);
        var api = services.AddHttpClient(StayHubClientNames.Api, (sp, client) =>
        {
            ConfigureBaseAddress(sp, client);
            // The resilience pipeline's own timeouts bound each attempt and the whole call.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        api.AddResilienceHandler("stayhub", ConfigureResilience);
        // Added after the resilience handler, so it runs inside it: once per attempt.
        api.AddHttpMessageHandler<AccessTokenHandler>();
        return new StayHubClientBuilder(services, api);
    }

    private static void ConfigureBaseAddress(IServiceProvider services, HttpClient client)
    {
        var baseAddress = services.GetRequiredService<IOptions<StayHubClientOptions>>().Value.BaseAddress!;
        // Relative routes resolve under the base path only when it ends in '/' (http://host/stayhub/ + api/…).
        client.BaseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<StayHubClientOptions>>().Value;
        pipeline.AddTimeout(options.TotalTimeout);
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            // Polly needs at least one attempt configured; MaxRetryAttempts = 0 switches retries off in ShouldHandle.
            MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(
                options.MaxRetryAttempts > 0
                && args.Context.GetRequestMessage() is { } request
                && request.Options.TryGetValue(RequestOptionKeys.Retryable, out var retryable) && retryable
                && request.Options.TryGetValue(RequestOptionKeys.Resendable, out var resendable) && resendable
                && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }
}
