using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace StayHub.Framework.Messaging;

/// <summary>
/// Wakes this node's dispatcher when any node commits outbox rows: <c>LISTEN</c> on <see cref="OutboxPeerRinger.Channel"/>
/// over one connection held for the node's life, reconnecting after a failure. Runs where the background dispatcher runs.
/// </summary>
internal sealed partial class OutboxPeerListener(
    NpgsqlDataSource dataSource,
    OutboxSignal signal,
    OutboxPeerRinger ringer,
    IOptions<MessagingOptions> options,
    ILogger<OutboxPeerListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be restarting; polling covers the gap.
                LogListenFailed(e);
            }

            try
            {
                await Task.Delay(Reconnect, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (e.Payload != ringer.NodeId)
            {
                signal.Notify();
            }
        };
        await using (var listen = new NpgsqlCommand("LISTEN " + OutboxPeerRinger.Channel, connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Commits made while this node was not listening are waiting already.
        signal.Notify();
        try
        {
            while (true)
            {
                if (!await connection.WaitAsync(Idle, stoppingToken))
                {
                    // Quiet for a while: make sure the connection is still alive rather than silently cut.
                    await using var ping = new NpgsqlCommand("SELECT 1", connection);
                    await ping.ExecuteScalarAsync(stoppingToken);
                }
            }
        }
        finally
        {
            // The pool keeps session state (No Reset On Close): leave no LISTEN behind on a connection others reuse.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
                await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Listening for other nodes' outbox commits failed; reconnecting (polling meanwhile)")]
    private partial void LogListenFailed(Exception e);
}
