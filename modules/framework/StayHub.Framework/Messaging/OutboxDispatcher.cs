using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>
/// Delivers outbox rows at least once. Each batch is claimed with <c>FOR UPDATE SKIP LOCKED</c> inside one
/// transaction (so nodes share the work and never deliver the same row at the same time) and marked in it; each
/// handler runs in its own scope and transaction on its module's context, guarded by that module's inbox row,
/// which makes the handler's effect happen once even when a batch is redelivered after a crash or a cancel.
/// Within a batch, events of different ordering keys are delivered concurrently (up to
/// <see cref="MessagingOptions.MaxConcurrency"/>) and events of one key one after another, in id order.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    NpgsqlDataSource dataSource,
    IEnumerable<OutboxRegistration> outboxes,
    IEnumerable<IntegrationEventHandlerRegistration> handlers,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IOutboxDispatcher
{
    private readonly ConcurrentDictionary<Type, string> outboxTables = new();
    private readonly ConcurrentDictionary<Type, string> inboxTables = new();
    private readonly ILookup<Type, IntegrationEventHandlerRegistration> handlersByEvent = handlers.ToLookup(h => h.EventType);
    private readonly IReadOnlyList<Type> outboxContexts = [.. outboxes.Select(o => o.ContextType).Distinct()];

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var contextType in outboxContexts)
        {
            var table = TableOf(contextType, typeof(OutboxMessage), outboxTables);
            while (true)
            {
                var (claimed, done) = await DispatchBatchAsync(table, cancellationToken);
                completed += done;
                // A short batch means nothing else is due here (the rest is locked by another node or waits for a retry).
                if (claimed < options.Value.BatchSize)
                {
                    break;
                }
            }
        }

        return completed;
    }

    private async Task<(int Claimed, int Completed)> DispatchBatchAsync(string table, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await ClaimAsync(connection, transaction, table, cancellationToken);
        var outcomes = new Outcome[batch.Count];
        var lanes = new List<List<(int Index, IIntegrationEvent Event)>>();
        var laneByKey = new Dictionary<string, List<(int Index, IIntegrationEvent Event)>>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var (integrationEvent, unreadable) = Read(batch[i]);
            if (integrationEvent is null)
            {
                outcomes[i] = unreadable!;
                continue;
            }

            // One lane per ordering key, in claim (= id) order; keyless events share the lane with the empty key.
            var key = (integrationEvent as IOrderedIntegrationEvent)?.OrderingKey ?? string.Empty;
            if (!laneByKey.TryGetValue(key, out var lane))
            {
                lane = [];
                laneByKey.Add(key, lane);
                lanes.Add(lane);
            }

            lane.Add((i, integrationEvent));
        }

        // Lanes run side by side (each handler waits on its own database round trips, so one event at a time leaves
        // the node idle); inside a lane the events of one aggregate keep their order.
        await Parallel.ForEachAsync(
            lanes,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken },
            async (lane, ct) =>
            {
                foreach (var (index, integrationEvent) in lane)
                {
                    outcomes[index] = await DeliverAsync(batch[index], integrationEvent, ct);
                }
            });

        var completed = 0;
        var processed = new List<long>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is null)
            {
                // Marked together below: one UPDATE for the batch instead of a round trip per message.
                processed.Add(batch[i].Id);
            }
            else
            {
                await RecordFailureAsync(connection, transaction, table, batch[i], outcomes[i], cancellationToken);
            }

            completed += outcomes[i].Error is null || outcomes[i].DeadLetter ? 1 : 0;
        }

        if (processed.Count > 0)
        {
            await using var command = new NpgsqlCommand($"UPDATE {table} SET processed_at = @now WHERE id = ANY(@ids)", connection, transaction);
            command.Parameters.AddWithValue("now", time.GetUtcNow());
            command.Parameters.AddWithValue("ids", processed.ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (batch.Count, completed);
    }

    private async Task<List<ClaimedMessage>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT id, event_id, name, payload::text, attempts FROM {table}
            WHERE processed_at IS NULL AND failed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
            ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        command.Parameters.AddWithValue("limit", options.Value.BatchSize);
        var batch = new List<ClaimedMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(new ClaimedMessage(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return batch;
    }

    /// <summary>The event a row holds, or the outcome that dead-letters a row nobody can read.</summary>
    private (IIntegrationEvent? Event, Outcome? Unreadable) Read(ClaimedMessage message)
    {
        var eventType = IntegrationEventTypes.Find(message.Name);
        if (eventType is null)
        {
            logger.LogError("Outbox message {Id} ({EventId}) has the unknown event name {Name}; dead-lettered", message.Id, message.EventId, message.Name);
            return (null, new Outcome($"Unknown integration event name '{message.Name}'.", DeadLetter: true));
        }

        try
        {
            var integrationEvent = (IIntegrationEvent?)JsonSerializer.Deserialize(message.Payload, eventType, IntegrationEventTypes.SerializerOptions)
                ?? throw new JsonException("The payload is null.");
            return (integrationEvent, null);
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Outbox message {Id} ({Name}) cannot be read; dead-lettered", message.Id, message.Name);
            return (null, new Outcome($"Unreadable payload: {e.Message}", DeadLetter: true));
        }
    }

    private async Task<Outcome> DeliverAsync(ClaimedMessage message, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var eventType = integrationEvent.GetType();
        var errors = new List<string>();
        foreach (var handler in handlersByEvent[eventType])
        {
            try
            {
                await HandleOnceAsync(handler, integrationEvent, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // One failing consumer must not stop the others; those that succeeded are in their inbox and are skipped on retry.
                logger.LogWarning(e, "Handler {Handler} failed on {Name} {EventId} (attempt {Attempt})", handler.HandlerName, message.Name, message.EventId, message.Attempts + 1);
                errors.Add($"{handler.HandlerName}: {e.GetType().Name}: {e.Message}");
            }
        }

        if (errors.Count == 0)
        {
            return new Outcome(null, DeadLetter: false);
        }

        var deadLetter = message.Attempts + 1 >= options.Value.MaxAttempts;
        if (deadLetter)
        {
            logger.LogError("Outbox message {Id} ({Name} {EventId}) failed {Attempts} times; dead-lettered: {Error}", message.Id, message.Name, message.EventId, message.Attempts + 1, errors[0]);
        }

        return new Outcome(string.Join(Environment.NewLine, errors), deadLetter);
    }

    private async Task HandleOnceAsync(IntegrationEventHandlerRegistration handler, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var inbox = TableOf(handler.ContextType, typeof(InboxMessage), inboxTables);
        var scope = scopes.CreateAsyncScope();
        // The strategy keeps the first scope's context, so every scope lives until the end.
        var used = new List<AsyncServiceScope>(1) { scope };
        var attempted = false;
        try
        {
            var strategy = ((DbContext)scope.ServiceProvider.GetRequiredService(handler.ContextType)).Database.CreateExecutionStrategy();

            // The first attempt runs in the scope the strategy came from (a scope and a context less per event); a
            // retried attempt gets a fresh one: it must not see entities the failed one left in the change tracker.
            await strategy.ExecuteAsync(async ct =>
            {
                if (attempted)
                {
                    scope = scopes.CreateAsyncScope();
                    used.Add(scope);
                }

                attempted = true;
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(handler.ContextType);
                await using var transaction = await context.Database.BeginTransactionAsync(ct);
                // The table name is ours (from the model), the values are parameters.
                var sql = "INSERT INTO " + inbox + " (event_id, handler, name, processed_at) VALUES ({0}, {1}, {2}, {3}) ON CONFLICT DO NOTHING";
                var inserted = await context.Database.ExecuteSqlRawAsync(
                    sql,
                    [integrationEvent.EventId, handler.HandlerName, IntegrationEventTypes.NameOf(handler.EventType), time.GetUtcNow()],
                    ct);
                if (inserted == 0)
                {
                    // Handled before (a redelivery): the effect is already committed.
                    return;
                }

                await handler.Invoke(scope.ServiceProvider, integrationEvent, ct);
                await context.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        finally
        {
            foreach (var each in used)
            {
                await each.DisposeAsync();
            }
        }
    }

    private async Task RecordFailureAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, ClaimedMessage message, Outcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var error = outcome.Error!.Length > OutboxModelBuilderExtensions.MaxErrorLength ? outcome.Error[..OutboxModelBuilderExtensions.MaxErrorLength] : outcome.Error;
        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        command.Parameters.AddWithValue("id", message.Id);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("error", error);
        command.Parameters.AddWithValue("next", now + Backoff(message.Attempts + 1));
        command.CommandText = outcome.DeadLetter
            ? $"UPDATE {table} SET attempts = attempts + 1, last_error = @error, failed_at = @now, next_attempt_at = NULL WHERE id = @id"
            : $"UPDATE {table} SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE id = @id";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>RetryDelay × 2^(attempts − 1), capped at MaxRetryDelay.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(o.RetryDelay.Ticks * factor, o.MaxRetryDelay.Ticks));
        return delay;
    }

    /// <summary>The schema-qualified, quoted table an entity maps to in a module's context (each module has its own schema).</summary>
    private string TableOf(Type contextType, Type entityType, ConcurrentDictionary<Type, string> cache) =>
        cache.GetOrAdd(contextType, _ =>
        {
            using var scope = scopes.CreateScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var entity = context.Model.FindEntityType(entityType)
                ?? throw new InvalidOperationException($"{contextType.Name} does not map {entityType.Name}; call modelBuilder.AddOutboxAndInbox() in its OnModelCreating.");
            var schema = entity.GetSchema() ?? "public";
            var name = entity.GetTableName() ?? throw new InvalidOperationException($"{entityType.Name} has no table in {contextType.Name}.");
            return $"\"{schema}\".\"{name}\"";
        });

    private sealed record ClaimedMessage(long Id, Guid EventId, string Name, string Payload, int Attempts);

    private sealed record Outcome(string? Error, bool DeadLetter);
}
