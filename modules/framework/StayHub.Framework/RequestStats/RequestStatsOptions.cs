namespace StayHub.Framework.RequestStats;

/// <summary>How request figures are gathered per node and stored (section <c>RequestStats</c>).</summary>
public sealed class RequestStatsOptions
{
    public const string SectionName = "RequestStats";

    /// <summary>
    /// How often each node adds what it counted since the last flush to the minute rows. The dashboard lags by at most
    /// this much; a crash loses at most this much of one node's counts.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long minute rows are kept (the longest dashboard period is 30 days).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(35);

    /// <summary>Rows the retention job deletes per statement.</summary>
    public int RetentionBatchSize { get; set; } = 5_000;

    /// <summary>How often the retention job runs (one node per firing, Quartz clustered).</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
