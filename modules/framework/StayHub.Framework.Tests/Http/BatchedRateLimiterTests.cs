using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using RedisRateLimiting;
using StackExchange.Redis;
using StayHub.Framework.Http.Hosting;

namespace StayHub.Framework.Tests.Http;

/// <summary>
/// The batching front of the Redis rate limiter, on the real Redis of etc/services.sh: each "node" is a
/// <see cref="BatchedRateLimiter"/> over its own RedisRateLimiting limiter for the same key, as two hosts would have.
/// </summary>
public sealed class BatchedRateLimiterTests : IAsyncLifetime
{
    private static readonly string RedisConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:56379";

    private readonly string key = "stayhub-test:rl:" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly List<RateLimiter> limiters = [];
    private ConnectionMultiplexer redis = null!;

    public async Task InitializeAsync() => redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);

    public async Task DisposeAsync()
    {
        foreach (var limiter in limiters)
        {
            await limiter.DisposeAsync();
        }

        var db = redis.GetDatabase();
        await db.KeyDeleteAsync([$"rl:fw:{{{key}}}", $"rl:fw:{{{key}}}:exp"]);
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Two_nodes_never_admit_more_than_the_shared_limit_between_them()
    {
        // 1% of 3,000 → batches of up to 30 per node.
        var (nodeA, _) = Node(permitLimit: 3000, maxBatch: 30);
        var (nodeB, _) = Node(permitLimit: 3000, maxBatch: 30);

        // Both nodes busy first (their batches grown to the cap), then a burst of concurrent requests on both.
        var granted = 0;
        for (var i = 0; i < 200; i++)
        {
            granted += (await AcquireAsync(nodeA) ? 1 : 0) + (await AcquireAsync(nodeB) ? 1 : 0);
        }

        var burst = Enumerable.Range(0, 4000).Select(i => Task.Run(() => AcquireAsync(i % 2 == 0 ? nodeA : nodeB)));
        granted += (await Task.WhenAll(burst)).Count(acquired => acquired);

        granted.ShouldBeLessThanOrEqualTo(3000);
        // Held-and-unused permits are the only loss: at most a batch per node.
        granted.ShouldBeGreaterThanOrEqualTo(3000 - (2 * 30));
        (await CountedInRedisAsync()).ShouldBeLessThanOrEqualTo(3000);
    }

    [Fact]
    public async Task A_busy_caller_costs_a_round_trip_per_batch_not_per_request()
    {
        var (node, calls) = Node(permitLimit: 1_000_000, maxBatch: 64);

        for (var i = 0; i < 1000; i++)
        {
            (await AcquireAsync(node)).ShouldBeTrue();
        }

        // 1, 2, 4, ... 64, then 64 at a time: 7 ramp-up calls + ~14 full batches.
        calls.Count.ShouldBeLessThan(40);
        calls.Max().ShouldBe(64);
        var counted = await CountedInRedisAsync();
        counted.ShouldBeGreaterThanOrEqualTo(1000);
        counted.ShouldBeLessThan(1000 + 64);
    }

    [Fact]
    public async Task A_caller_slower_than_the_hold_takes_exactly_one_permit_per_request_on_every_node()
    {
        var nodes = Enumerable.Range(0, 3).Select(_ => Node(permitLimit: 10_000, maxBatch: 64).Limiter).ToList();

        for (var i = 0; i < 12; i++)
        {
            (await AcquireAsync(nodes[i % 3])).ShouldBeTrue();
            clock.Advance(TimeSpan.FromSeconds(1.5));
        }

        (await CountedInRedisAsync()).ShouldBe(12);
    }

    [Fact]
    public async Task With_a_batch_of_one_every_request_is_one_permit_from_redis()
    {
        var (node, calls) = Node(permitLimit: 100, maxBatch: 1);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => AcquireAsync(node))));

        calls.Count.ShouldBe(50);
        calls.ShouldAllBe(permits => permits == 1);
        (await CountedInRedisAsync()).ShouldBe(50);
    }

    [Fact]
    public async Task Held_permits_lapse_after_the_hold_and_the_next_request_asks_redis()
    {
        var (node, calls) = Node(permitLimit: 10_000, maxBatch: 64);
        for (var i = 0; i < 4; i++)
        {
            (await AcquireAsync(node)).ShouldBeTrue();
        }

        // 1 + 2 + 4 taken: four requests served, three permits still held locally.
        calls.Sum().ShouldBe(7);
        (await AcquireAsync(node)).ShouldBeTrue();
        calls.Sum().ShouldBe(7);

        clock.Advance(TimeSpan.FromSeconds(1.1));
        (await AcquireAsync(node)).ShouldBeTrue();
        calls[^1].ShouldBe(1, "after a lapse the caller starts again at one permit");
        node.IdleDuration.ShouldBe(TimeSpan.Zero);
        clock.Advance(TimeSpan.FromSeconds(12));
        node.IdleDuration.ShouldBe(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task Once_the_window_is_spent_the_refusal_is_redis_own_lease_with_its_retry_after()
    {
        var (node, _) = Node(permitLimit: 500, maxBatch: 5, window: TimeSpan.FromMinutes(5));
        var granted = 0;
        RateLimitLease? refusal = null;
        for (var i = 0; i < 600 && refusal is null; i++)
        {
            var lease = await node.AcquireAsync(1);
            if (lease.IsAcquired)
            {
                granted++;
                lease.Dispose();
            }
            else
            {
                refusal = lease;
            }
        }

        // Sequential requests on one node: the tail of the window is taken one permit at a time, nothing is lost.
        granted.ShouldBe(500);
        refusal.ShouldNotBeNull();
        refusal.TryGetMetadata(RateLimitMetadataName.RetryAfter.Name, out var retryAfter).ShouldBeTrue();
        ((int)retryAfter!).ShouldBeInRange(240, 300);
        refusal.Dispose();
    }

    private (BatchedRateLimiter Limiter, List<int> Calls) Node(int permitLimit, int maxBatch, TimeSpan? window = null)
    {
        var shared = new CountingLimiter(new RedisFixedWindowRateLimiter<string>(key, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = permitLimit,
            Window = window ?? TimeSpan.FromMinutes(5),
        }));
        var limiter = new BatchedRateLimiter(shared, maxBatch, TimeSpan.FromSeconds(1), clock);
        limiters.Add(limiter);
        return (limiter, shared.Calls);
    }

    private static async Task<bool> AcquireAsync(RateLimiter limiter)
    {
        using var attempt = limiter.AttemptAcquire(1);
        if (attempt.IsAcquired)
        {
            return true;
        }

        using var lease = await limiter.AcquireAsync(1);
        return lease.IsAcquired;
    }

    private async Task<long> CountedInRedisAsync() => (long)await redis.GetDatabase().StringGetAsync($"rl:fw:{{{key}}}");

    /// <summary>The real Redis limiter, with the permit count of every call it was asked for recorded.</summary>
    private sealed class CountingLimiter(RateLimiter inner) : RateLimiter
    {
        public List<int> Calls { get; } = [];

        public override TimeSpan? IdleDuration => inner.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add(permitCount);
            }

            return inner.AcquireAsync(permitCount, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
