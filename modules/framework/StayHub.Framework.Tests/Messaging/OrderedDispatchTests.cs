using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.Messaging;

namespace StayHub.Framework.Tests.Messaging;

/// <summary>
/// Concurrent delivery with ordering keys: the events of one key are handled one after another in publishing order,
/// the events of different keys side by side, and every event's effect still happens exactly once per consumer.
/// </summary>
public sealed class OrderedDispatchTests : IAsyncLifetime
{
    private const string Effects = $"{ConsumerDbContext.SchemaName}.effects";
    private readonly MessagingDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Events_of_one_key_keep_their_order_while_different_keys_are_delivered_concurrently()
    {
        var node = database.Node(s => (s["Messaging:BatchSize"], s["Messaging:MaxConcurrency"]) = ("50", "4"));
        var things = await PublishStepsAsync(node, things: 6, steps: 5);
        // Earlier steps take longer: delivered concurrently without their key's order, later steps would overtake them.
        database.Lanes.Delay = step => TimeSpan.FromMilliseconds((6 - step) * 15);

        (await node.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None)).ShouldBe(30);

        await ShouldBeInStepOrderAsync(things, steps: 5);
        database.Lanes.MaxInFlight.ShouldBeGreaterThan(1);
        database.Lanes.MaxInFlight.ShouldBeLessThanOrEqualTo(4);
        database.Lanes.MaxInFlightOfOneKey.ShouldBe(1);
    }

    [Fact]
    public async Task With_a_concurrency_of_one_the_batch_is_delivered_one_event_at_a_time()
    {
        var node = database.Node(s => (s["Messaging:BatchSize"], s["Messaging:MaxConcurrency"]) = ("50", "1"));
        var things = await PublishStepsAsync(node, things: 3, steps: 3);
        database.Lanes.Delay = _ => TimeSpan.FromMilliseconds(5);

        (await node.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None)).ShouldBe(9);

        database.Lanes.MaxInFlight.ShouldBe(1);
        await ShouldBeInStepOrderAsync(things, steps: 3);
    }

    [Fact]
    public async Task A_node_stopped_while_lanes_run_leaves_each_effect_once_and_in_order_after_a_restart()
    {
        var node = database.Node(s => (s["Messaging:BatchSize"], s["Messaging:MaxConcurrency"]) = ("50", "4"));
        var things = await PublishStepsAsync(node, things: 5, steps: 4);
        using var stop = new CancellationTokenSource();
        database.Lanes.Delay = _ => TimeSpan.FromMilliseconds(10);
        database.Lanes.Before = call =>
        {
            if (call == 7)
            {
                // Some lanes have committed a step or two; the node goes down in the middle of the others.
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }
        };

        await Should.ThrowAsync<OperationCanceledException>(() => node.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(stop.Token));
        var before = await database.CountAsync($"select count(*) from {Effects} where handler like 'step %'");
        before.ShouldBeInRange(1L, 19L);

        database.Lanes.Before = null;
        var restarted = database.Node(s => (s["Messaging:BatchSize"], s["Messaging:MaxConcurrency"]) = ("50", "4"));
        (await restarted.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None)).ShouldBe(20);

        (await database.CountAsync($"select count(*) from {Effects} where handler like 'step %'")).ShouldBe(20L);
        (await database.CountAsync($"select count(distinct event_id) from {Effects} where handler like 'step %'")).ShouldBe(20L);
        await ShouldBeInStepOrderAsync(things, steps: 4);
    }

    [Fact]
    public async Task Two_concurrent_dispatchers_handle_each_keyed_event_exactly_once()
    {
        var first = database.Node(s => (s["Messaging:BatchSize"], s["Messaging:MaxConcurrency"]) = ("10", "4"));
        var second = database.Node(s => (s["Messaging:BatchSize"], s["Messaging:MaxConcurrency"]) = ("10", "4"));
        await PublishStepsAsync(first, things: 8, steps: 5);
        database.Lanes.Delay = _ => TimeSpan.FromMilliseconds(3);

        var results = await Task.WhenAll(
            first.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None),
            second.GetRequiredService<IOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None));

        results.Sum().ShouldBe(40);
        database.Lanes.Calls.ShouldBe(40);
        (await database.CountAsync($"select count(distinct event_id) from {Effects} where handler like 'step %'")).ShouldBe(40L);
        (await database.CountAsync($"select count(*) from {Effects} where handler like 'step %'")).ShouldBe(40L);
    }

    /// <summary>Publishes step 1 of every thing, then step 2 of every thing, …: one key's events are spread over the batch.</summary>
    private static async Task<Guid[]> PublishStepsAsync(IServiceProvider node, int things, int steps)
    {
        var ids = Enumerable.Range(0, things).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var scope = node.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
        for (var step = 1; step <= steps; step++)
        {
            foreach (var id in ids)
            {
                db.AddIntegrationEvent(new StepTaken(Guid.CreateVersion7(), DateTimeOffset.UtcNow, id, step));
            }
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private async Task ShouldBeInStepOrderAsync(Guid[] things, int steps)
    {
        var expected = string.Join(',', Enumerable.Range(1, steps).Select(s => $"step {s}"));
        foreach (var thing in things)
        {
            // Effects get ids in insertion order: the order the handlers of this key ran in.
            var order = await database.TextAsync($"select string_agg(handler, ',' order by id) from {Effects} where thing_id = @p0", thing);
            order.ShouldBe(expected);
        }
    }
}

[IntegrationEventName("test.step_taken.v1")]
public sealed record StepTaken(Guid EventId, DateTimeOffset OccurredAt, Guid ThingId, int Step) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"thing:{ThingId}";
}

/// <summary>Counts how many step handlers run at once, in all and per key, and lets a test delay or stop them.</summary>
internal sealed class LaneProbe
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, int> inFlightByThing = [];
    private int inFlight;
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public int MaxInFlight { get; private set; }

    public int MaxInFlightOfOneKey { get; private set; }

    public Func<int, TimeSpan> Delay { get; set; } = _ => TimeSpan.Zero;

    public Action<int>? Before { get; set; }

    public async Task RunAsync(StepTaken e, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref calls);
        lock (gate)
        {
            inFlight++;
            MaxInFlight = Math.Max(MaxInFlight, inFlight);
            var ofKey = inFlightByThing.GetValueOrDefault(e.ThingId) + 1;
            inFlightByThing[e.ThingId] = ofKey;
            MaxInFlightOfOneKey = Math.Max(MaxInFlightOfOneKey, ofKey);
        }

        try
        {
            Before?.Invoke(call);
            await Task.Delay(Delay(e.Step), cancellationToken);
        }
        finally
        {
            lock (gate)
            {
                inFlight--;
                inFlightByThing[e.ThingId]--;
            }
        }
    }
}

internal sealed class StepRecordingHandler(ConsumerDbContext db, LaneProbe probe) : IIntegrationEventHandler<StepTaken>
{
    public async Task HandleAsync(StepTaken integrationEvent, CancellationToken cancellationToken)
    {
        await probe.RunAsync(integrationEvent, cancellationToken);
        db.Effects.Add(new Effect { EventId = integrationEvent.EventId, ThingId = integrationEvent.ThingId, Handler = $"step {integrationEvent.Step}" });
    }
}
