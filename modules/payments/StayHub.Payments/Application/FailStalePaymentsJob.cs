using Microsoft.EntityFrameworkCore;
using Quartz;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application;

/// <summary>
/// Fails attempts left <c>processing</c> (the node crashed between writing the attempt and recording the provider's
/// answer), so they stop blocking a new attempt for their booking. If the provider did capture, its webhook still
/// records it: the provider's word wins.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class FailStalePaymentsJob(PaymentsDbContext db, TimeProvider clock) : IJob
{
    public const string Key = "payments.fail-stale";

    /// <summary>Far longer than any provider call (Stripe.net gives up after 80 s with its retries).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await FailStaleAsync(clock.GetUtcNow(), cancellationToken);

    public async Task<int> FailStaleAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - StaleAfter;
        var ids = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Processing && p.CreatedAt < cutoff)
            // Oldest first: a backlog larger than one batch fails the longest-waiting payments first.
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await db.InTransactionAsync(async ct =>
            {
                var payment = await db.LockAsync(id, ct);
                return payment is not null && db.FailAndAnnounce(payment, PaymentErrorCodes.ProviderUnavailable, "No answer was recorded from the payment provider.", now);
            }, cancellationToken);
        }

        return ids.Count;
    }
}
