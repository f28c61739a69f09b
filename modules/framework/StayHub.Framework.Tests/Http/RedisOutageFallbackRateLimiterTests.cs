using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using RedisRateLimiting;
using StackExchange.Redis;
using StayHub.Framework.Http.Hosting;

namespace StayHub.Framework.Tests.Http;

/// <summary>
/// The rate limiter's policy while Redis cannot be reached (docs/adr/0030): the limit is counted per node — the
/// budget is admitted, then refused with a Retry-After — rather than failing open (no limit) or closed (no service).
/// </summary>
public sealed class RedisOutageFallbackRateLimiterTests
{
    private static readonly string RedisConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:56379";

    private static RedisOutageFallbackRateLimiter Limiter(IConnectionMultiplexer redis, string key, int limit) =>
        new RedisOutageFallbackRateLimiter(
            new RedisFixedWindowRateLimiter<string>(key, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
            }),
            limit,
            TimeSpan.FromMinutes(1),
            NullLogger.Instance);

    [Fact]
    public async Task With_Redis_unreachable_the_node_admits_the_limit_then_refuses_with_a_retry_after()
    {
        // Nothing listens on port 1: every Redis call fails as it does while Redis is down.
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0");
        using var limiter = Limiter(unreachable, "stayhub-test:rl:" + Guid.NewGuid().ToString("N"), 3);

        var leases = new List<RateLimitLease>();
        for (var i = 0; i < 5; i++)
        {
            leases.Add(await limiter.AcquireAsync(1));
        }

        leases.Select(l => l.IsAcquired).ShouldBe([true, true, true, false, false]);
        leases[3].TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).ShouldBeTrue();
        retryAfter.ShouldBeGreaterThan(TimeSpan.Zero);
        leases.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task With_Redis_up_two_nodes_share_one_budget()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        var key = "stayhub-test:rl:" + Guid.NewGuid().ToString("N");
        using var nodeA = Limiter(redis, key, 4);
        using var nodeB = Limiter(redis, key, 4);

        var admitted = 0;
        for (var i = 0; i < 5; i++)
        {
            using var a = await nodeA.AcquireAsync(1);
            using var b = await nodeB.AcquireAsync(1);
            admitted += (a.IsAcquired ? 1 : 0) + (b.IsAcquired ? 1 : 0);
        }

        admitted.ShouldBe(4);
        await redis.GetDatabase().KeyDeleteAsync([$"rl:fw:{{{key}}}", $"rl:fw:{{{key}}}:exp"]);
    }
}
