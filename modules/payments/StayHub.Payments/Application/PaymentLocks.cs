using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Framework.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application;

/// <summary>Row locks that serialise every path (request, webhook, event handler, job) touching one payment.</summary>
internal static class PaymentLocks
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction under the retrying execution strategy, then saves and commits.
    /// A retry re-runs everything from a clear change tracker, so provider calls inside must carry idempotency keys
    /// made outside <paramref name="work"/>.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PaymentsDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    public static Task<Payment?> LockAsync(this PaymentsDbContext db, Guid paymentId, CancellationToken cancellationToken) =>
        db.Payments.FromSql($"SELECT *, xmin FROM payments.payments WHERE id = {paymentId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public static Task<List<Payment>> LockForBookingAsync(this PaymentsDbContext db, Guid bookingId, CancellationToken cancellationToken) =>
        db.Payments.FromSql($"SELECT *, xmin FROM payments.payments WHERE booking_id = {bookingId} ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);

    public static Task<Payment?> LockByProviderIdAsync(this PaymentsDbContext db, string providerPaymentId, CancellationToken cancellationToken) =>
        db.Payments.FromSql($"SELECT *, xmin FROM payments.payments WHERE provider_payment_id = {providerPaymentId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
}
