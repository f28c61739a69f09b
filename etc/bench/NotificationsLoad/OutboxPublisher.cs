using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace NotificationsLoad;

/// <summary>
/// Publishes <c>booking.approved.v1</c> events the way booking's outbox does: a row in <c>booking.outbox_messages</c>
/// per event, committed; the host's dispatcher delivers them to notifications, which notifies the guest (in-app,
/// pushed over SignalR, and an email). The moment each commit returned is kept, by booking id, as the start of its
/// push latency. Each transaction also rings the nodes' outbox listeners, as a commit inside a node does.
/// </summary>
internal sealed class OutboxPublisher(NpgsqlDataSource dataSource, IReadOnlyList<BenchUser> users, LatencyRecorder recorder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Guid hostId = Guid.NewGuid();
    private readonly Guid listingId = Guid.NewGuid();
    private long sequence;

    public long Published => Interlocked.Read(ref sequence);

    /// <summary>Publishes at <paramref name="rate"/> events per second for <paramref name="duration"/>, in 10 ms ticks.</summary>
    public async Task RunAsync(int rate, TimeSpan duration, bool measured, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long sent = 0;
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * rate) - sent;
            if (due > 0)
            {
                await PublishAsync((int)due, measured, cancellationToken);
                sent += due;
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    private async Task PublishAsync(int count, bool measured, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var bookings = new Guid[count];
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            for (var i = 0; i < count; i++)
            {
                var n = Interlocked.Increment(ref sequence);
                var guest = users[(int)(n % users.Count)];
                var bookingId = Guid.CreateVersion7();
                bookings[i] = bookingId;
                var eventId = Guid.CreateVersion7();
                var checkIn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
                var payload = JsonSerializer.Serialize(new
                {
                    eventId, occurredAt = DateTimeOffset.UtcNow, bookingId, listingId, guestId = guest.Id, hostId,
                    checkIn, checkOut = checkIn.AddDays(2), isPaid = false,
                }, Json);
                var command = new NpgsqlBatchCommand(
                    "INSERT INTO booking.outbox_messages (event_id, name, payload, occurred_at, attempts) VALUES ($1, 'booking.approved.v1', $2::jsonb, now(), 0)");
                command.Parameters.AddWithValue(eventId);
                command.Parameters.AddWithValue(payload);
                batch.BatchCommands.Add(command);
            }

            // What a booking commit on another node does since ADR 0036: ring the dispatchers (delivered at COMMIT).
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify('stayhub_outbox', 'bench-generator')"));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        if (measured)
        {
            recorder.Committing(bookings);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
