using Microsoft.Extensions.Logging;
using Npgsql;

namespace StayHub.Framework.RequestStats;

/// <summary>
/// Counts every request this node answers into per-minute counters in memory (one clock read and a few interlocked
/// increments per request) and adds them to the shared minute rows when flushed (<see cref="RequestStatsFlusher"/>):
/// <c>INSERT … ON CONFLICT DO UPDATE</c> adds to what is there, so nodes, flushes and restarts never overwrite each other.
/// </summary>
public sealed class RequestStatsRecorder(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<RequestStatsRecorder> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private readonly List<MinuteCounters> open = [];
    private volatile MinuteCounters? current;

    /// <summary>
    /// This recorder's name in the minute rows: machine, process and a random part, so two hosts in one process (tests)
    /// or a restarted process are told apart.
    /// </summary>
    public string Node { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Counts one answered request.</summary>
    public void Record(int statusCode, TimeSpan duration, string? errorCode)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var counters = current;
        if (counters is null || counters.UnixMinute != minute)
        {
            counters = Open(minute);
        }

        counters.Add(statusCode, duration.TotalMilliseconds, errorCode);
    }

    /// <summary>Adds what was counted since the last flush to the minute rows; returns how many requests that was.</summary>
    public async Task<long> FlushAsync(CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            MinuteCounters[] minutes;
            lock (gate)
            {
                minutes = [.. open];
            }

            var deltas = minutes.Select(m => (Counters: m, Delta: m.Delta())).Where(d => d.Delta is not null).ToList();
            if (deltas.Count > 0)
            {
                await StoreAsync([.. deltas.Select(d => d.Delta!)], cancellationToken);
                foreach (var (counters, delta) in deltas)
                {
                    counters.MarkFlushed(delta!);
                }
            }

            ForgetStoredMinutes(minutes, deltas.Select(d => d.Counters).ToHashSet());
            return deltas.Sum(d => d.Delta!.Requests);
        }
        finally
        {
            flushing.Release();
        }
    }

    public void Dispose() => flushing.Dispose();

    private MinuteCounters Open(long minute)
    {
        lock (gate)
        {
            var counters = open.Find(m => m.UnixMinute == minute);
            if (counters is null)
            {
                counters = new MinuteCounters(minute);
                open.Add(counters);
            }

            // A request that read the clock just before the minute turned may still count into the previous minute;
            // those are kept open until a flush finds nothing new in them.
            if (current is null || current.UnixMinute < minute)
            {
                current = counters;
            }

            return counters;
        }
    }

    /// <summary>Minutes before the current one that had nothing left to store are done: late increments into them are over.</summary>
    private void ForgetStoredMinutes(IEnumerable<MinuteCounters> minutes, HashSet<MinuteCounters> stillMoving)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        lock (gate)
        {
            foreach (var minute in minutes)
            {
                if (minute.UnixMinute < now - 1 && !stillMoving.Contains(minute) && !ReferenceEquals(minute, current))
                {
                    open.Remove(minute);
                }
            }
        }
    }

    private async Task StoreAsync(IReadOnlyList<MinuteDelta> deltas, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var delta in deltas)
        {
            var minuteRow = new NpgsqlBatchCommand(RequestStatsSql.AddMinute);
            minuteRow.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("minute", delta.Minute));
            minuteRow.Parameters.Add(new NpgsqlParameter<string>("node", Node));
            minuteRow.Parameters.Add(new NpgsqlParameter<long>("requests", delta.Requests));
            minuteRow.Parameters.Add(new NpgsqlParameter<long>("client_errors", delta.ClientErrors));
            minuteRow.Parameters.Add(new NpgsqlParameter<long>("server_errors", delta.ServerErrors));
            minuteRow.Parameters.Add(new NpgsqlParameter<long[]>("buckets", delta.LatencyBuckets));
            batch.BatchCommands.Add(minuteRow);
            if (delta.ErrorCodes.Count > 0)
            {
                var codes = new NpgsqlBatchCommand(RequestStatsSql.AddErrorCodes);
                codes.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("minute", delta.Minute));
                codes.Parameters.Add(new NpgsqlParameter<string>("node", Node));
                codes.Parameters.Add(new NpgsqlParameter<string[]>("codes", [.. delta.ErrorCodes.Select(c => c.Code)]));
                codes.Parameters.Add(new NpgsqlParameter<long[]>("counts", [.. delta.ErrorCodes.Select(c => c.Count)]));
                batch.BatchCommands.Add(codes);
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug("Stored request figures of {Minutes} minute(s)", deltas.Count);
    }
}
