using Microsoft.Extensions.Options;
using Npgsql;

namespace StayHub.Framework.Idempotency;

/// <summary>The idempotency rows, by plain SQL: each step is one statement whose outcome decides the race.</summary>
internal sealed class IdempotencyStore(NpgsqlDataSource dataSource, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    public const string Table = "idempotency_records";
    private const string Qualified = IdempotencyDbContext.SchemaName + "." + Table;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(5);
    private long lastPurgeTicks;

    public IdempotencyOptions Options => options.Value;

    /// <summary>
    /// Takes the key for this request: inserts an in-progress row, or takes over an expired or abandoned one.
    /// False when another request holds or completed it, or when an abandoned run committed a resource (that key is
    /// taken with <see cref="TryTakeOverCommittedAsync"/>, to answer with the resource).
    /// </summary>
    public async Task<bool> TryBeginAsync(string key, byte[] fingerprint, Guid lockId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {Qualified} AS r (key, fingerprint, lock_id, created_at, locked_until, expires_at)
            VALUES (@key, @fingerprint, @lock, @now, @lockedUntil, @expires)
            ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, lock_id = excluded.lock_id,
                status_code = NULL, content_type = NULL, location = NULL, body = NULL, completed_at = NULL,
                created_at = excluded.created_at, locked_until = excluded.locked_until, expires_at = excluded.expires_at
            WHERE r.expires_at <= @now OR (r.completed_at IS NULL AND r.resource IS NULL AND r.locked_until <= @now)
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("fingerprint", fingerprint);
        command.Parameters.AddWithValue("lock", lockId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("lockedUntil", now + Options.InProgressTimeout);
        command.Parameters.AddWithValue("expires", now + Options.Retention);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT fingerprint, status_code, content_type, location, body, expires_at, resource FROM {Qualified} WHERE key = @key");
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new IdempotencyRecord
        {
            Key = key,
            Fingerprint = reader.GetFieldValue<byte[]>(0),
            StatusCode = reader.IsDBNull(1) ? null : reader.GetInt32(1),
            ContentType = reader.IsDBNull(2) ? null : reader.GetString(2),
            Location = reader.IsDBNull(3) ? null : reader.GetString(3),
            Body = reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4),
            ExpiresAt = reader.GetFieldValue<DateTimeOffset>(5),
            Resource = reader.IsDBNull(6) ? null : reader.GetString(6),
        };
    }

    /// <summary>
    /// Takes a key whose run committed its resource but stored no answer (its node died, or the answer could not be
    /// written) once that run's lease is over, so this request can answer with the resource. Returns the resource, or
    /// null when the key is not in that state (still leased, completed, or taken by another retry first).
    /// </summary>
    public async Task<string?> TryTakeOverCommittedAsync(string key, Guid lockId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {Qualified} SET lock_id = @lock, locked_until = @lockedUntil
            WHERE key = @key AND completed_at IS NULL AND resource IS NOT NULL AND locked_until <= @now AND expires_at > @now
            RETURNING resource
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("lock", lockId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("lockedUntil", now + Options.InProgressTimeout);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Stores the response to replay; only the request that holds the key may.</summary>
    public async Task CompleteAsync(string key, Guid lockId, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {Qualified} SET status_code = @status, content_type = @contentType, location = @location, body = @body, completed_at = @now
            WHERE key = @key AND lock_id = @lock
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("lock", lockId);
        command.Parameters.AddWithValue("status", statusCode);
        command.Parameters.AddWithValue("contentType", (object?)contentType ?? DBNull.Value);
        command.Parameters.AddWithValue("location", (object?)location ?? DBNull.Value);
        command.Parameters.AddWithValue("body", body);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await PurgeExpiredIfDueAsync(cancellationToken);
    }

    /// <summary>
    /// Gives the key up (a 5xx or an unstorable answer), so the client's retry runs again. A key whose resource was
    /// committed is not deleted (that would let the retry create a second one): its lease ends now instead, so the
    /// retry answers with the committed resource at once.
    /// </summary>
    public async Task ReleaseAsync(string key, Guid lockId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            DELETE FROM {Qualified} WHERE key = @key AND lock_id = @lock AND completed_at IS NULL AND resource IS NULL;
            UPDATE {Qualified} SET locked_until = @now WHERE key = @key AND lock_id = @lock AND completed_at IS NULL AND resource IS NOT NULL
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("lock", lockId);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Expired rows are ignored and overwritten anyway; this only keeps the table small, at most every few minutes per node.</summary>
    private async Task PurgeExpiredIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref lastPurgeTicks);
        if (now.UtcTicks - last < PurgeEvery.Ticks || Interlocked.CompareExchange(ref lastPurgeTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        await using var command = dataSource.CreateCommand($"DELETE FROM {Qualified} WHERE expires_at < @now");
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
