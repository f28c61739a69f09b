using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Framework.Tests.Messaging;

/// <summary>A commit on one node wakes the dispatcher of another (PostgreSQL LISTEN/NOTIFY), not only its own.</summary>
public sealed class OutboxWakeUpAcrossNodesTests : IAsyncLifetime
{
    private const string Effects = $"{ConsumerDbContext.SchemaName}.effects";
    private readonly MessagingDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_commit_on_another_node_wakes_this_nodes_dispatcher_before_its_poll()
    {
        // Node A dispatches in the background but would poll only every 5 minutes; node B publishes and runs no dispatcher.
        var listening = database.Node(s => s["Messaging:PollInterval"] = "00:05:00");
        var publishing = database.Node(s => s["Messaging:Enabled"] = "false");
        await MessagingDatabase.WithHostedServicesAsync(listening, async () =>
        {
            // Let its first (empty) pass and its LISTEN finish, so only a notification can explain a delivery.
            await Task.Delay(1000);
            var happened = await MessagingDatabase.PublishAsync(publishing);
            (await database.CountReachingAsync(2, TimeSpan.FromSeconds(10), $"select count(*) from {Effects} where event_id = @p0", happened.EventId)).ShouldBe(2L);
        });
    }
}
