using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace StayHub.Framework.Auditing;

/// <summary>Configuration section <c>Auditing</c>.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Auditing";

    /// <summary>
    /// Rows waiting to be stored. When it is full a request waits for room instead of dropping its row: an
    /// audit trail with holes is worse than a slower request while the database catches up.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Rows stored per INSERT round trip.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// How long the writer lets rows gather after the first one arrives, so that under load one INSERT carries many
    /// rows instead of one each (the per-statement cost, not the row, is what costs).
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Attempts per batch before it is split into single rows (so one bad row cannot take its neighbours with it).</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Rows held in memory while the database is unreachable (a batch failed for a connection or shutdown error),
    /// retried every <see cref="OutageRetryDelay"/> until it is back. Rows beyond this are dropped, counted in the
    /// <c>stayhub.audit.rows_dropped</c> metric and logged: memory is bounded, an outage is not.
    /// </summary>
    public int OutageBufferCapacity { get; set; } = 50_000;

    public TimeSpan OutageRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long audit rows are kept; the retention job deletes older ones.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Rows the retention job deletes per statement (short transactions, no long lock on the table).</summary>
    public int RetentionBatchSize { get; set; } = 5_000;

    /// <summary>How often the retention job runs (one node per firing, Quartz clustered).</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
