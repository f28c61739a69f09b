using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace StayHub.Framework.RequestStats;

/// <summary>
/// Deletes minute rows older than <see cref="RequestStatsOptions.Retention"/>, oldest first, in short batches (as the
/// audit retention job does). Clustered Quartz: one node per firing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class RequestStatsRetentionJob(
    NpgsqlDataSource dataSource,
    IOptions<RequestStatsOptions> options,
    TimeProvider clock,
    ILogger<RequestStatsRetentionJob> logger) : IJob
{
    public const string Key = "request-stats.retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await DeleteExpiredAsync(cancellationToken);

    /// <summary>Deletes every expired minute row and error-code row; returns how many rows.</summary>
    public async Task<long> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.GetUtcNow() - settings.Retention;
        var total = await DeleteInBatchesAsync(RequestStatsSql.DeleteMinutesBatch, cutoff, settings.RetentionBatchSize, cancellationToken)
            + await DeleteInBatchesAsync(RequestStatsSql.DeleteErrorCodesBatch, cutoff, settings.RetentionBatchSize, cancellationToken);
        if (total > 0)
        {
            logger.LogInformation("Deleted {Count} request-figure row(s) older than {Cutoff:O}", total, cutoff);
        }

        return total;
    }

    private async Task<long> DeleteInBatchesAsync(string sql, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
            command.Parameters.Add(new NpgsqlParameter<int>("batch", batchSize));
            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
            if (deleted < batchSize)
            {
                return total;
            }
        }
    }
}
