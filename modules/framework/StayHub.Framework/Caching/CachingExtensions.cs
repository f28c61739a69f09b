using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace StayHub.Framework.Caching;

public static class CachingExtensions
{
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// One Redis connection for the process, and FusionCache on top: L1 memory, L2 Redis, and the Redis
    /// backplane so a change on one node evicts the entry from every node's L1.
    /// </summary>
    public static IServiceCollection AddStayHubCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString(RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            throw new InvalidOperationException("Configuration key 'ConnectionStrings:Redis' (env ConnectionStrings__Redis) is required.");
        }

        // Lets several StayHub deployments (or parallel test hosts) share one Redis without seeing each other's keys.
        var prefix = configuration["Cache:KeyPrefix"] ?? "stayhub:";

        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            // While Redis is unreachable a command fails at once instead of waiting in the reconnect backlog for the
            // whole command timeout (5 s): callers (cache, rate limiter, readiness) then fall back without stalling
            // every request (docs/adr/0030).
            options.BacklogPolicy = BacklogPolicy.FailFast;
            return ConnectionMultiplexer.Connect(options);
        });

        services.AddFusionCache()
            .WithOptions(o =>
            {
                o.CacheKeyPrefix = prefix;
                o.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(2);
            })
            .WithDefaultEntryOptions(o =>
            {
                o.Duration = TimeSpan.FromMinutes(5);
                // A short L1 bounds staleness even if a backplane message is ever lost.
                o.MemoryCacheDuration = TimeSpan.FromMinutes(1);
                o.IsFailSafeEnabled = true;
                o.FailSafeMaxDuration = TimeSpan.FromMinutes(30);
                o.FactorySoftTimeout = TimeSpan.FromSeconds(2);
                o.DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(250);
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer())
            .WithDistributedCache(sp => new RedisCache(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
            }))
            .WithBackplane(sp => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
            }));
        return services;
    }
}
