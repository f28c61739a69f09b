using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// The cluster-wide (Redis) limiter, with a per-node fallback while Redis cannot be reached: the same limit and window
/// counted in this node's memory. Neither fail-open (no limit at all while Redis is down, so an outage would be an
/// open door for credential stuffing) nor fail-closed (every request refused, so a cache outage would take the whole
/// API down): during an outage a caller spread over N nodes may get up to N times its budget, never more
/// (docs/adr/0030-rate-limits-fall-back-per-node-when-redis-is-down.md).
/// </summary>
internal sealed class RedisOutageFallbackRateLimiter(RateLimiter redis, int permitLimit, TimeSpan window, ILogger logger) : RateLimiter
{
    // One warning per node every 30 s is enough to see the outage in the log without a line per request.
    private static long lastWarningTicks;

    private readonly Lock gate = new();
    private FixedWindowRateLimiter? local;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        try
        {
            return redis.AttemptAcquire(permitCount);
        }
        catch (Exception e) when (IsRedisOutage(e))
        {
            Warn(e);
            return Local().AttemptAcquire(permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            return await redis.AcquireAsync(permitCount, cancellationToken);
        }
        catch (Exception e) when (IsRedisOutage(e))
        {
            Warn(e);
            return await Local().AcquireAsync(permitCount, cancellationToken);
        }
    }

    private static bool IsRedisOutage(Exception e) => e is RedisException or RedisTimeoutException or ObjectDisposedException;

    // Made on the first outage only: most callers never need one, and each holds a replenishment timer.
    private FixedWindowRateLimiter Local()
    {
        lock (gate)
        {
            return local ??= new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }
    }

    private void Warn(Exception e)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastWarningTicks);
        if (now - last >= 30_000 && Interlocked.CompareExchange(ref lastWarningTicks, now, last) == last)
        {
            logger.LogWarning("Redis unreachable for rate limiting ({Error}); limits are counted per node until it is back", e.Message);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            redis.Dispose();
            local?.Dispose();
        }

        base.Dispose(disposing);
    }
}
