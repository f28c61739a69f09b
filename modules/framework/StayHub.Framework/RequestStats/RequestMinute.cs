namespace StayHub.Framework.RequestStats;

/// <summary>What one node answered during one minute: counts and a latency histogram (<see cref="LatencyHistogram"/>).</summary>
public sealed class RequestMinute
{
    /// <summary>Start of the minute (UTC, whole minute).</summary>
    public DateTimeOffset Minute { get; set; }

    /// <summary>The node that counted (<see cref="RequestStatsRecorder.Node"/>).</summary>
    public string Node { get; set; } = "";

    public long Requests { get; set; }

    /// <summary>Answered 4xx.</summary>
    public long ClientErrors { get; set; }

    /// <summary>Answered 5xx.</summary>
    public long ServerErrors { get; set; }

    /// <summary>Requests per latency bucket, positional (<see cref="LatencyHistogram.Bounds"/>).</summary>
    public long[] LatencyBuckets { get; set; } = [];
}
