using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace StayHub.Framework.Auditing;

/// <summary>
/// Deletes audit rows older than <see cref="AuditOptions.Retention"/>, oldest first, in batches of
/// <see cref="AuditOptions.RetentionBatchSize"/>: each batch is its own short statement, so the writer's INSERTs and
/// the admin's reads never wait behind one huge DELETE. Clustered Quartz: one node per firing, never two at once.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class AuditRetentionJob(NpgsqlDataSource dataSource, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetentionJob> logger) : IJob
{
    public const string Key = "auditing.retention";

    private const string DeleteBatch =
        $"""
        DELETE FROM {AuditDbContext.SchemaName}.audit_logs
        WHERE id IN (SELECT id FROM {AuditDbContext.SchemaName}.audit_logs WHERE created_at < @cutoff ORDER BY created_at LIMIT @batch)
        """;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await DeleteExpiredAsync(cancellationToken);

    /// <summary>Deletes every expired row, batch by batch; returns how many.</summary>
    public async Task<long> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.GetUtcNow() - settings.Retention;
        long total = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(DeleteBatch);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
            command.Parameters.Add(new NpgsqlParameter<int>("batch", settings.RetentionBatchSize));
            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
            if (deleted < settings.RetentionBatchSize)
            {
                break;
            }
        }

        if (total > 0)
        {
            logger.LogInformation("Deleted {Count} audit row(s) older than {Cutoff:O}", total, cutoff);
        }

        return total;
    }
}
