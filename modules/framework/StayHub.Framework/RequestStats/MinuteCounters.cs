using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace StayHub.Framework.RequestStats;

/// <summary>
/// One minute's counts on this node. Requests only increment (lock-free); the flusher reads the counts, stores what
/// grew since its last successful flush, and only then moves its mark, so a failed flush is retried whole and an
/// increment racing a flush is simply stored by the next one.
/// </summary>
internal sealed class MinuteCounters(long unixMinute)
{
    private const int RequestsSlot = 0;
    private const int ClientErrorsSlot = 1;
    private const int ServerErrorsSlot = 2;
    private const int FirstBucketSlot = 3;

    private readonly long[] counts = new long[FirstBucketSlot + LatencyHistogram.BucketCount];
    private readonly long[] flushed = new long[FirstBucketSlot + LatencyHistogram.BucketCount];
    private readonly ConcurrentDictionary<string, StrongBox<long>> errorCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> flushedErrorCodes = new(StringComparer.Ordinal);

    /// <summary>Minutes since the Unix epoch.</summary>
    public long UnixMinute { get; } = unixMinute;

    public void Add(int statusCode, double milliseconds, string? errorCode)
    {
        Interlocked.Increment(ref counts[RequestsSlot]);
        if (statusCode >= 500)
        {
            Interlocked.Increment(ref counts[ServerErrorsSlot]);
        }
        else if (statusCode >= 400)
        {
            Interlocked.Increment(ref counts[ClientErrorsSlot]);
        }

        Interlocked.Increment(ref counts[FirstBucketSlot + LatencyHistogram.BucketOf(milliseconds)]);
        if (errorCode is not null)
        {
            Interlocked.Increment(ref errorCodes.GetOrAdd(errorCode, static _ => new StrongBox<long>()).Value);
        }
    }

    /// <summary>What grew since the last <see cref="MarkFlushed"/>; null when nothing did. Called by one flusher at a time.</summary>
    public MinuteDelta? Delta()
    {
        var now = new long[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            now[i] = Volatile.Read(ref counts[i]);
        }

        var codesNow = errorCodes.ToDictionary(e => e.Key, e => Volatile.Read(ref e.Value.Value), StringComparer.Ordinal);
        if (now[RequestsSlot] == flushed[RequestsSlot] && codesNow.All(c => flushedErrorCodes.GetValueOrDefault(c.Key) == c.Value))
        {
            return null;
        }

        var buckets = new long[LatencyHistogram.BucketCount];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = now[FirstBucketSlot + i] - flushed[FirstBucketSlot + i];
        }

        return new MinuteDelta(
            DateTimeOffset.FromUnixTimeSeconds(UnixMinute * 60),
            now[RequestsSlot] - flushed[RequestsSlot],
            now[ClientErrorsSlot] - flushed[ClientErrorsSlot],
            now[ServerErrorsSlot] - flushed[ServerErrorsSlot],
            buckets,
            codesNow.Select(c => (c.Key, c.Value - flushedErrorCodes.GetValueOrDefault(c.Key))).Where(c => c.Item2 > 0).ToList(),
            now,
            codesNow);
    }

    /// <summary>The delta was stored: the next one starts from its counts.</summary>
    public void MarkFlushed(MinuteDelta delta)
    {
        Array.Copy(delta.CountsSeen, flushed, flushed.Length);
        foreach (var (code, count) in delta.ErrorCodesSeen)
        {
            flushedErrorCodes[code] = count;
        }
    }
}
