using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Messaging;

namespace StayHub.Framework.Tests.Messaging;

/// <summary>The outbox, the dispatcher and the inbox on a real PostgreSQL; each test has its own database.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private const string Outbox = $"{PublisherDbContext.SchemaName}.outbox_messages";
    private const string Effects = $"{ConsumerDbContext.SchemaName}.effects";
    private readonly MessagingDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task The_event_is_saved_in_the_same_transaction_as_the_change()
    {
        var node = database.Node();
        await using (var scope = node.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var thing = new Thing { Id = Guid.CreateVersion7() };
                db.Things.Add(thing);
                db.AddIntegrationEvent(ThingHappened.For(thing.Id));
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            });
        }

        // A SaveChanges that fails takes its event with it.
        var existing = await MessagingDatabase.PublishAsync(node);
        await using (var scope = node.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
            db.Things.Add(new Thing { Id = existing.ThingId });
            db.AddIntegrationEvent(ThingHappened.For(existing.ThingId));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        (await database.CountAsync($"select count(*) from {Outbox}")).ShouldBe(1L);
        (await database.CountAsync($"select count(*) from {Outbox} where event_id = @p0 and name = 'test.thing_happened.v1' and payload->>'thingId' = @p1", existing.EventId, existing.ThingId.ToString())).ShouldBe(1L);
    }

    [Fact]
    public async Task An_event_is_delivered_to_every_handler_and_marked_processed()
    {
        var node = database.Node();
        var happened = await MessagingDatabase.PublishAsync(node);

        (await node.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None)).ShouldBe(1);

        (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", happened.EventId)).ShouldBe(2L);
        (await database.CountAsync($"select count(*) from {Outbox} where processed_at is not null and attempts = 0")).ShouldBe(1L);
        (await database.CountAsync($"select count(*) from {ConsumerDbContext.SchemaName}.inbox_messages where event_id = @p0", happened.EventId)).ShouldBe(2L);
    }

    [Fact]
    public async Task A_redelivered_event_has_its_effect_once()
    {
        var node = database.Node();
        var dispatcher = node.GetRequiredService<IOutboxDispatcher>();
        var happened = await MessagingDatabase.PublishAsync(node);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        // As if the batch's commit had been lost after the handlers committed.
        await database.ExecuteAsync($"update {Outbox} set processed_at = null");
        (await dispatcher.DispatchPendingAsync(CancellationToken.None)).ShouldBe(1);

        database.Probe.Calls.ShouldBe(1);
        (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", happened.EventId)).ShouldBe(2L);
        (await database.CountAsync($"select count(*) from {Outbox} where processed_at is null")).ShouldBe(0L);
    }

    [Fact]
    public async Task A_dispatcher_stopped_mid_batch_and_restarted_handles_every_event_exactly_once()
    {
        var node = database.Node();
        for (var i = 0; i < 5; i++)
        {
            await MessagingDatabase.PublishAsync(node);
        }

        using var stop = new CancellationTokenSource();
        database.Probe.Before = (_, call) =>
        {
            if (call == 2)
            {
                // The first event's handlers have committed; the node goes down while handling the second.
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }

            return Task.CompletedTask;
        };
        await Should.ThrowAsync<OperationCanceledException>(() => node.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(stop.Token));
        (await database.CountAsync($"select count(*) from {Effects} where handler = 'RecordingHandler'")).ShouldBe(1L);
        (await database.CountAsync($"select count(*) from {Outbox} where processed_at is not null")).ShouldBe(0L);

        database.Probe.Before = null;
        var restarted = database.Node();
        (await restarted.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None)).ShouldBe(5);

        (await database.CountAsync($"select count(*) from {Effects} where handler = 'RecordingHandler'")).ShouldBe(5L);
        (await database.CountAsync($"select count(distinct event_id) from {Effects} where handler = 'RecordingHandler'")).ShouldBe(5L);
        (await database.CountAsync($"select count(*) from {Effects} where handler = 'FailingHandler'")).ShouldBe(5L);
        (await database.CountAsync($"select count(*) from {Outbox} where processed_at is null")).ShouldBe(0L);
    }

    [Fact]
    public async Task Two_dispatchers_on_one_outbox_share_the_work_and_handle_each_event_once()
    {
        var first = database.Node();
        var second = database.Node();
        for (var i = 0; i < 40; i++)
        {
            await MessagingDatabase.PublishAsync(first);
        }

        database.Probe.Before = (_, _) => Task.Delay(5);
        var results = await Task.WhenAll(
            first.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None),
            second.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None));

        // Every message was completed by exactly one of them (SKIP LOCKED), not merely de-duplicated by the inbox.
        results.Sum().ShouldBe(40);
        database.Probe.Calls.ShouldBe(40);
        (await database.CountAsync($"select count(*) from {Effects} where handler = 'RecordingHandler'")).ShouldBe(40L);
        (await database.CountAsync($"select count(distinct event_id) from {Effects} where handler = 'RecordingHandler'")).ShouldBe(40L);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_then_dead_lettered_without_blocking_others()
    {
        var node = database.Node();
        var dispatcher = node.GetRequiredService<IOutboxDispatcher>();
        var poisoned = await MessagingDatabase.PublishAsync(node);
        var healthy = await MessagingDatabase.PublishAsync(node);
        database.Probe.FailFor.Add(poisoned.ThingId);
        var start = database.Clock.GetUtcNow();

        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        (await database.CountAsync($"select count(*) from {Outbox} where event_id = @p0 and processed_at is not null", healthy.EventId)).ShouldBe(1L);
        await ShouldBeWaitingAsync(poisoned, attempts: 1, nextAttempt: start + TimeSpan.FromSeconds(1));

        // Not due yet: nothing happens.
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        await ShouldBeWaitingAsync(poisoned, attempts: 1, nextAttempt: start + TimeSpan.FromSeconds(1));

        database.Clock.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        // Exponential: the second retry waits twice as long.
        await ShouldBeWaitingAsync(poisoned, attempts: 2, nextAttempt: start + TimeSpan.FromSeconds(3));

        database.Clock.Advance(TimeSpan.FromSeconds(2));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        (await database.CountAsync($"select count(*) from {Outbox} where event_id = @p0 and attempts = 3 and failed_at is not null and processed_at is null and last_error like '%Downstream is down%'", poisoned.EventId)).ShouldBe(1L);

        // Dead letters stay put, and the consumer that succeeded on the first attempt never ran again.
        database.Clock.Advance(TimeSpan.FromHours(1));
        (await dispatcher.DispatchPendingAsync(CancellationToken.None)).ShouldBe(0);
        (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", poisoned.EventId)).ShouldBe(1L);
        (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", healthy.EventId)).ShouldBe(2L);
    }

    [Fact]
    public async Task An_unknown_event_name_is_dead_lettered()
    {
        var node = database.Node();
        await database.ExecuteAsync($"insert into {Outbox} (event_id, name, payload, occurred_at, attempts) values (gen_random_uuid(), 'test.never_heard_of.v1', '{{}}', now(), 0)");
        var healthy = await MessagingDatabase.PublishAsync(node);

        (await node.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None)).ShouldBe(2);

        (await database.CountAsync($"select count(*) from {Outbox} where name = 'test.never_heard_of.v1' and failed_at is not null")).ShouldBe(1L);
        (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", healthy.EventId)).ShouldBe(2L);
    }

    [Fact]
    public async Task The_background_dispatcher_is_woken_by_a_commit_instead_of_waiting_for_its_poll()
    {
        var node = database.Node(s => s["Messaging:PollInterval"] = "00:05:00");
        await MessagingDatabase.WithHostedServicesAsync(node, async () =>
        {
            // Let its first (empty) pass finish, so only a signal can explain a delivery within the next seconds.
            await Task.Delay(300);
            var happened = await MessagingDatabase.PublishAsync(node);
            (await database.CountReachingAsync(2, TimeSpan.FromSeconds(5), $"select count(*) from {Effects} where event_id = @p0", happened.EventId)).ShouldBe(2L);
        });
    }

    private async Task ShouldBeWaitingAsync(ThingHappened message, int attempts, DateTimeOffset nextAttempt) =>
        (await database.CountAsync(
            $"select count(*) from {Outbox} where event_id = @p0 and attempts = @p1 and next_attempt_at = @p2 and processed_at is null and failed_at is null",
            message.EventId, attempts, nextAttempt)).ShouldBe(1L);
}
