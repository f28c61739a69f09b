namespace StayHub.Framework.Contracts.Admin;

/// <summary>The time a dashboard request covers: [<paramref name="From"/>, <paramref name="To"/>) cut into buckets of <paramref name="Bucket"/> starting at From.</summary>
/// <param name="From">Start (inclusive).</param>
/// <param name="To">End (exclusive): the time of the request.</param>
/// <param name="Bucket">Length of one time-series bucket.</param>
public sealed record AdminStatsWindow(DateTimeOffset From, DateTimeOffset To, TimeSpan Bucket)
{
    /// <summary>How many buckets the window holds (the last may be cut short by <see cref="To"/>).</summary>
    public int BucketCount => (int)Math.Ceiling((To - From) / Bucket);

    /// <summary>The start of bucket <paramref name="index"/>.</summary>
    public DateTimeOffset BucketStart(int index) => From + (Bucket * index);
}
