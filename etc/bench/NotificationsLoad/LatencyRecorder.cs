using System.Collections.Concurrent;
using System.Diagnostics;

namespace NotificationsLoad;

/// <summary>
/// Commit and receipt times on one monotonic clock (this process), matched by booking id. The commit time is taken
/// just before COMMIT is sent, so a push can never be seen before its event is known here; the latency includes the
/// commit's round trip (under a millisecond on loopback), erring on the slow side.
/// </summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<Guid, long> committed = new();
    private readonly ConcurrentDictionary<Guid, byte> seen = new();
    private readonly ConcurrentBag<double> latencies = [];
    private long firstCommit;
    private long lastReceipt;
    private int duplicates;
    private long pushes;

    public int Received => seen.Count;

    /// <summary>Every push received so far, warm-up ones included: the work the host did, for CPU per notification.</summary>
    public long Pushes => Interlocked.Read(ref pushes);

    public int Expected => committed.Count;

    /// <summary>A second push of one event — must stay 0.</summary>
    public int Duplicates => Volatile.Read(ref duplicates);

    public void Committing(IEnumerable<Guid> bookings)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref firstCommit, now, 0);
        foreach (var booking in bookings)
        {
            committed[booking] = now;
        }
    }

    public void Receive(PushedNotification notification)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref pushes);
        var link = notification.Link ?? string.Empty;
        if (!Guid.TryParse(link.AsSpan(link.LastIndexOf('/') + 1), out var booking) || !committed.TryGetValue(booking, out var at))
        {
            return; // a warm-up event
        }

        if (!seen.TryAdd(booking, 0))
        {
            Interlocked.Increment(ref duplicates);
            return;
        }

        latencies.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
        Interlocked.Exchange(ref lastReceipt, now);
    }

    public double Percentile(double p)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Pushes per second from the first measured commit to the last measured receipt.</summary>
    public double Throughput() =>
        Received == 0 ? 0 : Received / Stopwatch.GetElapsedTime(Interlocked.Read(ref firstCommit), Interlocked.Read(ref lastReceipt)).TotalSeconds;
}
