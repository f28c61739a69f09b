using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Aggregates;

/// <summary>
/// Changes a listing's review totals and announces them. The totals move by one atomic upsert inside the caller's
/// transaction, whose row lock serializes concurrent changes of one listing, so each event carries totals and a
/// sequence number that match a committed state; the event goes to the outbox in the same transaction.
/// </summary>
internal sealed class ListingAggregates(ReviewsDbContext db, TimeProvider clock)
{
    private static readonly string[] Columns =
    [
        "review_count", "rating_sum", "cleanliness_sum", "cleanliness_count", "accuracy_sum", "accuracy_count",
        "communication_sum", "communication_count", "location_sum", "location_count", "check_in_sum", "check_in_count",
        "value_sum", "value_count",
    ];

    private static readonly string AddSql = Upsert(c => $"s.{c} + EXCLUDED.{c}");

    private static readonly string SetSql = Upsert(c => $"EXCLUDED.{c}");

    /// <summary>Adds (<paramref name="sign"/> 1) or removes (-1) a guest review's ratings from its listing's totals.</summary>
    public Task ApplyAsync(Review review, int sign, CancellationToken cancellationToken)
    {
        var delta = new ListingReviewStats { ListingId = review.ListingId };
        delta.Add(review.Ratings, sign);
        return WriteAsync(AddSql, delta, cancellationToken);
    }

    /// <summary>Replaces the listing's totals (a rebuild), still bumping the sequence so listings takes the new values.</summary>
    public Task ReplaceAsync(ListingReviewStats totals, CancellationToken cancellationToken) => WriteAsync(SetSql, totals, cancellationToken);

    private async Task WriteAsync(string sql, ListingReviewStats values, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Review totals change only inside the transaction of the review change.");
        var now = clock.GetUtcNow();
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("listing_id", values.ListingId);
        command.Parameters.AddWithValue("updated_at", now);
        long[] parameters =
        [
            values.ReviewCount, values.RatingSum, values.CleanlinessSum, values.CleanlinessCount, values.AccuracySum,
            values.AccuracyCount, values.CommunicationSum, values.CommunicationCount, values.LocationSum,
            values.LocationCount, values.CheckInSum, values.CheckInCount, values.ValueSum, values.ValueCount,
        ];
        for (var i = 0; i < Columns.Length; i++)
        {
            command.Parameters.AddWithValue(Columns[i], Columns[i].EndsWith("_count", StringComparison.Ordinal) ? (int)parameters[i] : parameters[i]);
        }

        int count;
        long sum;
        long sequence;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            count = reader.GetInt32(0);
            sum = reader.GetInt64(1);
            sequence = reader.GetInt64(2);
        }

        db.Publish(new ListingRatingChanged(Guid.CreateVersion7(now), now, values.ListingId, count, sum, RatingAverage.Of(sum, count), sequence));
    }

    private static string Upsert(Func<string, string> update) =>
        $"INSERT INTO {ReviewsDbContext.SchemaName}.listing_review_stats AS s (listing_id, {string.Join(", ", Columns)}, sequence, updated_at) "
        + $"VALUES (@listing_id, {string.Join(", ", Columns.Select(c => "@" + c))}, 1, @updated_at) "
        + $"ON CONFLICT (listing_id) DO UPDATE SET {string.Join(", ", Columns.Select(c => $"{c} = {update(c)}"))}, "
        + "sequence = s.sequence + 1, updated_at = EXCLUDED.updated_at "
        + "RETURNING review_count, rating_sum, sequence";
}
