using Microsoft.Extensions.Logging;
using Npgsql;

namespace StayHub.Framework.Messaging;

/// <summary>
/// Tells the dispatchers of the other nodes that outbox rows were committed (PostgreSQL <c>NOTIFY</c> on
/// <see cref="Channel"/>, scoped to this database), so a node that holds no connection of the publishing request still
/// delivers within milliseconds instead of at its next poll. Called after the commit, off the caller's path; rings
/// arriving while one is on its way are folded into one more ring after it, so a burst of commits costs two NOTIFYs.
/// A lost ring costs one poll interval: polling stays the guarantee.
/// </summary>
internal sealed partial class OutboxPeerRinger(NpgsqlDataSource dataSource, ILogger<OutboxPeerRinger> logger)
{
    /// <summary>The LISTEN/NOTIFY channel of outbox commits.</summary>
    public const string Channel = "stayhub_outbox";

    // Rings not yet covered by a NOTIFY; a sender runs while it is above zero.
    private int pending;

    /// <summary>This node's mark on its NOTIFYs, so its own listener ignores them (its dispatcher was woken in memory).</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public void Ring()
    {
        if (Interlocked.Increment(ref pending) == 1)
        {
            _ = SendAsync();
        }
    }

    private async Task SendAsync()
    {
        int covered;
        do
        {
            // One NOTIFY covers every ring counted so far; rings arriving while it is sent make the loop go round once more.
            covered = Volatile.Read(ref pending);
            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
                command.Parameters.AddWithValue(Channel);
                command.Parameters.AddWithValue(NodeId);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogRingFailed(e);
            }
        }
        while (Interlocked.Add(ref pending, -covered) != 0);
    }

    [LoggerMessage(LogLevel.Debug, "Waking the other nodes' outbox dispatchers failed; they find the rows at their next poll")]
    private partial void LogRingFailed(Exception e);
}
