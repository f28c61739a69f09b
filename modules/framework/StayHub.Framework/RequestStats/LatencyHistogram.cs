namespace StayHub.Framework.RequestStats;

/// <summary>
/// The fixed latency buckets every node counts into, so minute rows of any node add up bucket by bucket. Bucket i holds
/// durations in (Bounds[i-1], Bounds[i]] milliseconds; the last holds everything above the largest bound. Steps are
/// 1 ms up to 10 ms, then at most a third of the bound below (12, 15, 20, 25, 30, 40, …), so a percentile read from the
/// buckets is its bucket's upper bound: never below the true value, above it by at most 1 ms up to 10 ms and by at most
/// a third beyond.
/// </summary>
public static class LatencyHistogram
{
    /// <summary>Upper bounds (inclusive) in milliseconds. Append only at the end: stored rows are positional.</summary>
    public static readonly double[] Bounds =
    [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400, 500, 600, 800,
        1_000, 1_200, 1_500, 2_000, 2_500, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 15_000, 20_000, 30_000, 60_000,
    ];

    /// <summary>Buckets, the overflow one included.</summary>
    public static int BucketCount => Bounds.Length + 1;

    /// <summary>The bucket a duration falls in.</summary>
    public static int BucketOf(double milliseconds)
    {
        var index = Array.BinarySearch(Bounds, milliseconds);
        // Not found: the complement is the first bound above the value, which is the bucket (Bounds.Length = overflow).
        return index >= 0 ? index : ~index;
    }

    /// <summary>
    /// The nearest-rank <paramref name="fraction"/> percentile of the counts, as its bucket's upper bound in whole
    /// milliseconds (the largest bound for the overflow bucket); null when nothing was counted.
    /// </summary>
    public static long? Percentile(IReadOnlyList<long> counts, double fraction)
    {
        var total = counts.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(fraction * total));
        long seen = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return (long)Bounds[Math.Min(i, Bounds.Length - 1)];
            }
        }

        return (long)Bounds[^1];
    }
}
