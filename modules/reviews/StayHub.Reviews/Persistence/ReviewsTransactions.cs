using Microsoft.EntityFrameworkCore;
using Npgsql;
using StayHub.Framework.Errors;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Persistence;

internal static class ReviewsTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> and saves in one transaction: the caller's, when one is open (an event handler
    /// inside the dispatcher's), else a new one under the retrying execution strategy. Each attempt starts with an
    /// empty change tracker, so <paramref name="work"/> must load what it changes.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this ReviewsDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var result = await work();
            await db.SaveReviewsAsync(cancellationToken);
            return result;
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work();
            await db.SaveReviewsAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    /// <summary>Saves, turning the one-review-per-side constraint's verdict (23505) into the contract's 409.</summary>
    public static async Task SaveReviewsAsync(this ReviewsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ReviewsDbContext.OneReviewPerSide })
        {
            throw new ConflictException(ReviewErrorCodes.AlreadySubmitted, "This booking has already been reviewed by you.");
        }
    }
}
