using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Tests.Messaging;

[IntegrationEventName("test.thing_happened.v1")]
public sealed record ThingHappened(Guid EventId, DateTimeOffset OccurredAt, Guid ThingId) : IIntegrationEvent
{
    public static ThingHappened For(Guid thingId) => new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, thingId);
}

internal sealed class Thing
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>A handler's visible effect; no unique key, so a duplicate delivery would show as a second row.</summary>
internal sealed class Effect
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public Guid ThingId { get; set; }

    public string Handler { get; set; } = "";
}

/// <summary>The publishing test module: its own schema with a table, an outbox and an inbox.</summary>
internal sealed class PublisherDbContext(DbContextOptions<PublisherDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "msg_publisher";

    protected override string Schema => SchemaName;

    public DbSet<Thing> Things => Set<Thing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Thing>(b => b.ToTable("things"));
        modelBuilder.AddOutboxAndInbox();
    }
}

/// <summary>The consuming test module, in another schema.</summary>
internal sealed class ConsumerDbContext(DbContextOptions<ConsumerDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "msg_consumer";

    protected override string Schema => SchemaName;

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Effect>(b => b.ToTable("effects"));
        modelBuilder.AddOutboxAndInbox();
    }
}

/// <summary>Lets a test step into a handler: delay it, fail it, stop the dispatcher in the middle.</summary>
internal sealed class HandlerProbe
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public Func<ThingHappened, int, Task>? Before { get; set; }

    public HashSet<Guid> FailFor { get; } = [];

    public Task OnCallAsync(ThingHappened e)
    {
        var call = Interlocked.Increment(ref calls);
        return Before?.Invoke(e, call) ?? Task.CompletedTask;
    }
}

internal sealed class RecordingHandler(ConsumerDbContext db, HandlerProbe probe) : IIntegrationEventHandler<ThingHappened>
{
    public async Task HandleAsync(ThingHappened integrationEvent, CancellationToken cancellationToken)
    {
        await probe.OnCallAsync(integrationEvent);
        db.Effects.Add(new Effect { EventId = integrationEvent.EventId, ThingId = integrationEvent.ThingId, Handler = nameof(RecordingHandler) });
    }
}

/// <summary>A second consumer of the same event that fails for the things the probe names.</summary>
internal sealed class FailingHandler(ConsumerDbContext db, HandlerProbe probe) : IIntegrationEventHandler<ThingHappened>
{
    public Task HandleAsync(ThingHappened integrationEvent, CancellationToken cancellationToken)
    {
        if (probe.FailFor.Contains(integrationEvent.ThingId))
        {
            throw new InvalidOperationException("Downstream is down for " + integrationEvent.ThingId);
        }

        db.Effects.Add(new Effect { EventId = integrationEvent.EventId, ThingId = integrationEvent.ThingId, Handler = nameof(FailingHandler) });
        return Task.CompletedTask;
    }
}
