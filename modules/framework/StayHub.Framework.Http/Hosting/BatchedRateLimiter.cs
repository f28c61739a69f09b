using System.Threading.RateLimiting;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// Takes permits from the cluster-wide (Redis) limiter in batches and hands them out from this node's memory, so a
/// busy caller costs one Redis round trip per batch instead of one per request.
/// </summary>
/// <remarks>
/// <para>Never admits more than the shared limit: every permit handed out was counted in Redis first, and held
/// permits are dropped when Redis's window resets, so none crosses into the next window.</para>
/// <para>The price is permits held and not used, which the caller cannot use on another node. Batches therefore
/// grow only with demand: a caller starts at one permit per round trip (exactly the un-batched behaviour), the batch
/// doubles each time it comes back for more within <c>holdFor</c> of the last refill, and falls back to one when it
/// does not or when Redis has fewer than a batch left in the window. <c>maxBatch</c> caps what a node can hold for
/// one caller (the setup keeps it at 1% of the limit), and held permits lapse after <c>holdFor</c>.</para>
/// </remarks>
internal sealed class BatchedRateLimiter(RateLimiter shared, int maxBatch, TimeSpan holdFor, TimeProvider clock) : RateLimiter
{
    private static readonly RateLimitLease Granted = new LocalLease(true);
    private static readonly RateLimitLease Refused = new LocalLease(false);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim refill = new(1, 1);
    private int held;
    private DateTimeOffset heldUntil;
    private int nextBatch = 1;
    private long lastUsed = clock.GetTimestamp();

    /// <summary>Time since the last request, so the partitioned limiter drops partitions of callers who went away.</summary>
    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        // A refusal here only sends the middleware on to AcquireAsync, which asks Redis.
        permitCount > 0 && TryTakeHeld(permitCount) ? Granted : Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount > 0 && TryTakeHeld(permitCount))
        {
            return Granted;
        }

        // One refill at a time per caller and node: concurrent requests wait for it and share the batch, so a burst
        // costs one round trip per batch and a node never holds more than one batch for a caller.
        await refill.WaitAsync(cancellationToken);
        try
        {
            if (permitCount > 0 && TryTakeHeld(permitCount))
            {
                return Granted;
            }

            return await RefillAsync(permitCount, cancellationToken);
        }
        finally
        {
            refill.Release();
        }
    }

    private async ValueTask<RateLimitLease> RefillAsync(int permitCount, CancellationToken cancellationToken)
    {
        int batch;
        lock (gate)
        {
            // Back within holdFor of the last refill with everything held used: busy here, so take more ahead.
            nextBatch = clock.GetUtcNow() < heldUntil ? Math.Min(nextBatch * 2, maxBatch) : 1;
            batch = Math.Max(permitCount, nextBatch);
        }

        if (batch > permitCount)
        {
            using var lease = await shared.AcquireAsync(batch, cancellationToken);
            if (lease.IsAcquired)
            {
                Hold(batch - permitCount, lease);
                return Granted;
            }

            // Fewer than a batch left in this window: one request at a time from here.
            lock (gate)
            {
                nextBatch = 1;
            }
        }

        // The shared lease itself, so a refusal carries Redis's Retry-After.
        var single = await shared.AcquireAsync(permitCount, cancellationToken);
        if (single.IsAcquired)
        {
            Hold(0, single);
        }

        return single;
    }

    private bool TryTakeHeld(int permitCount)
    {
        Interlocked.Exchange(ref lastUsed, clock.GetTimestamp());
        lock (gate)
        {
            if (held > 0 && clock.GetUtcNow() >= heldUntil)
            {
                held = 0;
            }

            if (held < permitCount)
            {
                return false;
            }

            held -= permitCount;
            return true;
        }
    }

    private void Hold(int permits, RateLimitLease lease)
    {
        var until = clock.GetUtcNow() + holdFor;
        // Never past the window the permits were counted in (RedisRateLimiting reports its end in unix seconds).
        if (lease.TryGetMetadata(RedisRateLimiting.RateLimitMetadataName.Reset.Name, out var reset) && reset is long resetAt)
        {
            var windowEnd = DateTimeOffset.FromUnixTimeSeconds(resetAt);
            until = until < windowEnd ? until : windowEnd;
        }

        lock (gate)
        {
            held += permits;
            heldUntil = until;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            refill.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await shared.DisposeAsync();
        refill.Dispose();
        await base.DisposeAsyncCore();
    }

    private sealed class LocalLease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
