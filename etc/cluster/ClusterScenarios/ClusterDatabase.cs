using Npgsql;

namespace ClusterScenarios;

/// <summary>What the database holds, read behind the nodes' backs: the ground truth the answers are checked against.</summary>
internal sealed class ClusterDatabase(string pooledConnectionString)
{
    // No pool: the fault scenarios restart PostgreSQL, and a pooled connection from before the restart would fail the
    // check that follows it (the nodes' own recovery is what is measured, not the checker's).
    private readonly string connectionString = pooledConnectionString + ";Pooling=false";

    /// <summary>Pairs of held stays (pending, confirmed or blocks) of one listing whose dates overlap; the house rule is zero.</summary>
    public async Task<long> OverlappingStaysAsync(IReadOnlyCollection<Guid> listings, CancellationToken ct) =>
        await ScalarAsync(
            """
            SELECT count(*) FROM booking.stays a JOIN booking.stays b
              ON a.listing_id = b.listing_id AND a.id < b.id AND a.period && b.period
            WHERE a.listing_id = ANY(@listings)
              AND (a.status IN ('pending', 'confirmed') OR a.kind = 'block')
              AND (b.status IN ('pending', 'confirmed') OR b.kind = 'block')
            """, listings.ToArray(), ct);

    /// <summary>Booking rows of these listings, whatever their status.</summary>
    public async Task<long> BookingsAsync(IReadOnlyCollection<Guid> listings, CancellationToken ct) =>
        await ScalarAsync("SELECT count(*) FROM booking.stays WHERE kind = 'booking' AND listing_id = ANY(@listings)", listings.ToArray(), ct);

    /// <summary>Booking ids among these that exist.</summary>
    public async Task<long> ExistingBookingsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await ScalarAsync("SELECT count(*) FROM booking.stays WHERE kind = 'booking' AND id = ANY(@listings)", ids.ToArray(), ct);

    /// <summary>Booking ids among these that have an audit row recording their creation (an entity change naming the stay).</summary>
    public async Task<long> AuditedBookingsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await ScalarAsync(
            """
            SELECT count(DISTINCT c->>'EntityId') FROM audit.audit_logs l, jsonb_array_elements(l.entity_changes) c
            WHERE l.http_method = 'POST' AND l.path = '/api/bookings' AND c->>'EntityId' = ANY(@listings)
            """, ids.Select(id => id.ToString()).ToArray(), ct);

    /// <summary>Booking rows per (listing, check-in day), for the stays these listings hold.</summary>
    public async Task<Dictionary<(Guid Listing, DateOnly CheckIn), int>> BookingsPerStayAsync(IReadOnlyCollection<Guid> listings, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT listing_id, lower(period), count(*)::int FROM booking.stays WHERE kind = 'booking' AND listing_id = ANY(@listings) GROUP BY 1, 2", connection);
        command.Parameters.AddWithValue("listings", listings.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new Dictionary<(Guid, DateOnly), int>();
        while (await reader.ReadAsync(ct))
        {
            counts[(reader.GetGuid(0), DateOnly.FromDateTime(reader.GetDateTime(1)))] = reader.GetInt32(2);
        }

        return counts;
    }

    private async Task<long> ScalarAsync(string sql, Array ids, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("listings", ids);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
