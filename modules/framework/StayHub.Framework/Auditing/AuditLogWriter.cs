using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace StayHub.Framework.Auditing;

/// <summary>
/// Stores audit rows off the request path: requests queue their row on a bounded channel and a background loop
/// inserts whatever has gathered in one multi-row INSERT (one round trip for many requests; plain SQL, because EF's
/// change tracking of each row cost more than the insert itself). Stopping the host drains
/// the queue before returning; a row queued after that (a request outliving the server's drain) is stored at
/// once, so nothing is dropped on a graceful shutdown. A crash loses what is queued (about one batch window of
/// traffic, more while the database is unreachable) where writing inline lost only requests in flight: the price of
/// keeping the INSERT off every request. The entity changes in a row were captured only after their own commit, so
/// nothing in it depends on the request's transaction.
/// </summary>
public sealed class AuditLogWriter(NpgsqlDataSource dataSource, IOptions<AuditOptions> options, ILogger<AuditLogWriter> logger) : IHostedService
{
    private const string Insert =
        $"""
        INSERT INTO {AuditDbContext.SchemaName}.audit_logs
            (id, user_id, user_name, client_ip, user_agent, http_method, path, status_code, duration_ms, trace_id, error_code, created_at, entity_changes)
        SELECT * FROM unnest(@id, @user_id, @user_name, @client_ip, @user_agent, @http_method, @path, @status_code, @duration_ms, @trace_id, @error_code, @created_at, @entity_changes)
        """;

    private readonly Channel<AuditLog> queue = Channel.CreateBounded<AuditLog>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private Task? loop;

    /// <summary>Rows queued and not yet stored (for tests and diagnostics).</summary>
    public int Pending => queue.Reader.Count;

    /// <summary>Queues the row; waits only when the queue is full. Never throws for a storage failure (those are logged).</summary>
    public async ValueTask WriteAsync(AuditLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        try
        {
            await queue.Writer.WriteAsync(log, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // The background loop has been stopped: store this one directly rather than lose it.
            await StoreAsync([log], CancellationToken.None);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Its own task, not the host's start: the loop lives until StopAsync closes the queue.
        loop ??= Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Closes the queue and waits until every queued row is stored (or the host's shutdown timeout ends the wait).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        if (loop is null)
        {
            // Never started (a host that failed at start): store what was queued here.
            await DrainAsync(CancellationToken.None);
            return;
        }

        try
        {
            await loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogError("Stopped before {Count} audit row(s) were stored", queue.Reader.Count);
        }
    }

    private async Task RunAsync()
    {
        // Ends when StopAsync has completed the writer and everything queued has been read.
        var window = options.Value.BatchWindow;
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            if (window > TimeSpan.Zero && queue.Reader.Count < options.Value.MaxBatchSize && !queue.Reader.Completion.IsCompleted)
            {
                await Task.Delay(window, CancellationToken.None);
            }

            try
            {
                await DrainAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                // StoreAsync logs storage failures itself; this keeps an unexpected one from ending the loop, after
                // which a full queue would hold every request.
                logger.LogError(e, "Audit writer loop failed; continuing");
            }
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var max = Math.Max(1, options.Value.MaxBatchSize);
        var batch = new List<AuditLog>(Math.Min(max, 64));
        while (queue.Reader.TryRead(out var log))
        {
            batch.Add(log);
            if (batch.Count == max)
            {
                await StoreAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await StoreAsync(batch, cancellationToken);
        }
    }

    /// <summary>One INSERT round trip for the batch, retried; if it keeps failing, row by row, logging the ones that cannot be stored.</summary>
    private async Task StoreAsync(List<AuditLog> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InsertAsync(batch, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < settings.MaxAttempts)
            {
                logger.LogWarning(e, "Storing {Count} audit row(s) failed (attempt {Attempt}); retrying", batch.Count, attempt);
                await Task.Delay(settings.RetryDelay * attempt, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && batch.Count > 1)
            {
                logger.LogWarning(e, "Storing {Count} audit row(s) failed {Attempts} times; storing them one by one", batch.Count, attempt);
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not write the audit log for {Method} {Path}", batch[0].HttpMethod, batch[0].Path);
                return;
            }
        }

        foreach (var log in batch)
        {
            try
            {
                await InsertAsync([log], cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not write the audit log for {Method} {Path}", log.HttpMethod, log.Path);
            }
        }
    }

    private async Task InsertAsync(List<AuditLog> batch, CancellationToken cancellationToken)
    {
        // One statement over parallel arrays: a single round trip and a single implicit transaction for the batch.
        await using var command = dataSource.CreateCommand(Insert);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid[]>("id", [.. batch.Select(l => l.Id)]));
        p.Add(new NpgsqlParameter<Guid?[]>("user_id", [.. batch.Select(l => l.UserId)]));
        p.Add(new NpgsqlParameter<string?[]>("user_name", [.. batch.Select(l => l.UserName)]));
        p.Add(new NpgsqlParameter<string?[]>("client_ip", [.. batch.Select(l => l.ClientIp)]));
        p.Add(new NpgsqlParameter<string?[]>("user_agent", [.. batch.Select(l => l.UserAgent)]));
        p.Add(new NpgsqlParameter<string[]>("http_method", [.. batch.Select(l => l.HttpMethod)]));
        p.Add(new NpgsqlParameter<string[]>("path", [.. batch.Select(l => l.Path)]));
        p.Add(new NpgsqlParameter<int[]>("status_code", [.. batch.Select(l => l.StatusCode)]));
        p.Add(new NpgsqlParameter<long[]>("duration_ms", [.. batch.Select(l => l.DurationMs)]));
        p.Add(new NpgsqlParameter<string?[]>("trace_id", [.. batch.Select(l => l.TraceId)]));
        p.Add(new NpgsqlParameter<string?[]>("error_code", [.. batch.Select(l => l.ErrorCode)]));
        p.Add(new NpgsqlParameter<DateTimeOffset[]>("created_at", [.. batch.Select(l => l.CreatedAt.ToUniversalTime())]));
        // The same JSON shape EF's ToJson mapping reads (property names as declared).
        p.Add(new NpgsqlParameter<string[]>("entity_changes", [.. batch.Select(l => JsonSerializer.Serialize(l.EntityChanges))])
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
