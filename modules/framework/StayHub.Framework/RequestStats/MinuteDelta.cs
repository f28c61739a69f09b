namespace StayHub.Framework.RequestStats;

/// <summary>What one minute's counts grew by since they were last stored, and the counts it was taken from.</summary>
internal sealed record MinuteDelta(
    DateTimeOffset Minute,
    long Requests,
    long ClientErrors,
    long ServerErrors,
    long[] LatencyBuckets,
    IReadOnlyList<(string Code, long Count)> ErrorCodes,
    long[] CountsSeen,
    IReadOnlyDictionary<string, long> ErrorCodesSeen);
