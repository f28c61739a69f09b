using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        var hosted = listening.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            // Let its first (empty) pass and its LISTEN finish, so only a notification can explain a delivery.
            await Task.Delay(1000);
            var happened = await MessagingDatabase.PublishAsync(publishing);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", happened.EventId) < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            (await database.CountAsync($"select count(*) from {Effects} where event_id = @p0", happened.EventId)).ShouldBe(2L);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }
}
