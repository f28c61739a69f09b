using System.Diagnostics.Metrics;
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
/// nothing in it depends on the request's transaction. While the database is unreachable the rows are held (up to
/// <see cref="AuditOptions.OutageBufferCapacity"/>, the queue drained into them so requests never wait on an outage)
/// and stored once it is back; only rows beyond that bound are dropped, counted and logged.
/// </summary>
public sealed class AuditLogWriter(NpgsqlDataSource dataSource, IOptions<AuditOptions> options, ILogger<AuditLogWriter> logger) : IHostedService
{
    private const string Insert =
        $"""
        INSERT INTO {AuditDbContext.SchemaName}.audit_logs
            (id, user_id, user_name, client_ip, user_agent, http_method, path, status_code, duration_ms, trace_id, error_code, created_at, entity_changes)
        SELECT * FROM unnest(@id, @user_id, @user_name, @client_ip, @user_agent, @http_method, @path, @status_code, @duration_ms, @trace_id, @error_code, @created_at, @entity_changes)
        ON CONFLICT (id) DO NOTHING
        """;

    private readonly Channel<AuditLog> queue = Channel.CreateBounded<AuditLog>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    /// <summary>The meter of <c>stayhub.audit.rows_dropped</c> (exported at /metrics with the others).</summary>
    public const string MeterName = "StayHub.Auditing";

    private static readonly Meter AuditMeter = new(MeterName);

    private static readonly Counter<long> RowsDropped = AuditMeter.CreateCounter<long>(
        "stayhub.audit.rows_dropped", unit: "{row}", description: "Audit rows dropped because the outage buffer was full");

    /// <summary>Rows whose INSERT failed because the database was unreachable, oldest first; only the loop touches it.</summary>
    private readonly List<AuditLog> held = [];
    private int heldCount;
    private long dropped;

    private Task? loop;

    /// <summary>Rows queued or held through an outage and not yet stored (for tests and diagnostics).</summary>
    public int Pending => queue.Reader.Count + Volatile.Read(ref heldCount);

    /// <summary>Rows this writer dropped because its outage buffer was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

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
            if (!await StoreAsync([log], options.Value.MaxAttempts, CancellationToken.None))
            {
                logger.LogError("Could not write the audit log for {Method} {Path}: the database is unreachable and the writer has stopped", log.HttpMethod, log.Path);
            }
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
            logger.LogError("Stopped before {Count} audit row(s) were stored", Pending);
        }
    }

    private async Task RunAsync()
    {
        // Ends when StopAsync has completed the writer, everything queued has been read and nothing is held.
        var window = options.Value.BatchWindow;
        while (true)
        {
            if (held.Count > 0)
            {
                // The database was unreachable: try again after a pause (the rows queued meanwhile join the held ones).
                await Task.Delay(options.Value.OutageRetryDelay, CancellationToken.None);
            }
            else if (!await queue.Reader.WaitToReadAsync(CancellationToken.None))
            {
                return;
            }
            else if (window > TimeSpan.Zero && queue.Reader.Count < options.Value.MaxBatchSize && !queue.Reader.Completion.IsCompleted)
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

        // Held rows first, oldest first, one attempt each round: the database may still be away.
        while (held.Count > 0)
        {
            var chunk = held.GetRange(0, Math.Min(max, held.Count));
            if (!await StoreAsync(chunk, attempts: 1, cancellationToken))
            {
                HoldQueued();
                return;
            }

            held.RemoveRange(0, chunk.Count);
            Volatile.Write(ref heldCount, held.Count);
            if (held.Count == 0)
            {
                logger.LogWarning("The database is back: the audit rows held through the outage are stored");
            }
        }

        var batch = new List<AuditLog>(Math.Min(max, 64));
        while (queue.Reader.TryRead(out var log))
        {
            batch.Add(log);
            if (batch.Count == max && !await StoreOrHoldAsync(batch, cancellationToken))
            {
                return;
            }

            if (batch.Count == max)
            {
                batch = new List<AuditLog>(Math.Min(max, 64));
            }
        }

        if (batch.Count > 0)
        {
            await StoreOrHoldAsync(batch, cancellationToken);
        }
    }

    /// <summary>Stores the batch, or, when the database is unreachable, holds it and everything queued behind it.</summary>
    private async Task<bool> StoreOrHoldAsync(List<AuditLog> batch, CancellationToken cancellationToken)
    {
        if (await StoreAsync(batch, options.Value.MaxAttempts, cancellationToken))
        {
            return true;
        }

        Hold(batch);
        HoldQueued();
        return false;
    }

    /// <summary>Moves what is queued into the held rows, so requests never wait on a full queue during an outage.</summary>
    private void HoldQueued()
    {
        var queued = new List<AuditLog>();
        while (queue.Reader.TryRead(out var log))
        {
            queued.Add(log);
        }

        Hold(queued);
    }

    private void Hold(List<AuditLog> rows)
    {
        var room = Math.Max(0, options.Value.OutageBufferCapacity - held.Count);
        var kept = Math.Min(room, rows.Count);
        if (held.Count == 0 && kept > 0)
        {
            logger.LogWarning("The database is unreachable: holding audit rows (up to {Capacity}) until it is back", options.Value.OutageBufferCapacity);
        }

        held.AddRange(rows.Take(kept));
        Volatile.Write(ref heldCount, held.Count);
        var lost = rows.Count - kept;
        if (lost > 0)
        {
            Interlocked.Add(ref dropped, lost);
            RowsDropped.Add(lost);
            logger.LogError("Audit outage buffer full ({Capacity} rows): dropped {Count} audit row(s), first {Method} {Path}",
                options.Value.OutageBufferCapacity, lost, rows[kept].HttpMethod, rows[kept].Path);
        }
    }

    /// <summary>
    /// One INSERT round trip for the batch, retried; false when the database is unreachable (the caller holds the
    /// rows); any other failure that persists, row by row, logging the ones that cannot be stored.
    /// </summary>
    private async Task<bool> StoreAsync(List<AuditLog> batch, int attempts, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InsertAsync(batch, cancellationToken);
                return true;
            }
            catch (Exception e) when (IsOutage(e) && attempt >= attempts)
            {
                logger.LogWarning(e, "Storing {Count} audit row(s) failed: the database is unreachable", batch.Count);
                return false;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < attempts)
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
                return true;
            }
        }

        foreach (var log in batch)
        {
            try
            {
                await InsertAsync([log], cancellationToken);
            }
            catch (Exception e) when (IsOutage(e))
            {
                // The database went away between the batch and its rows: hold the whole batch; rows already stored
                // are skipped by the retry (ON CONFLICT on the id), as are those of a commit whose answer was lost.
                return false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not write the audit log for {Method} {Path}", log.HttpMethod, log.Path);
            }
        }

        return true;
    }

    /// <summary>
    /// The database is unreachable (refused or dropped connection, shutting down, starting up): worth holding the
    /// rows for. Npgsql marks exactly these transient; a bad row or a missing table is not.
    /// </summary>
    private static bool IsOutage(Exception e) => e is NpgsqlException { IsTransient: true } or TimeoutException;

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
