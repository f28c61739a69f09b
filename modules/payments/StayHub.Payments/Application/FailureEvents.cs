using StayHub.Framework.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application;

/// <summary>
/// Failures that other modules hear about (notifications tell the guest or host), announced in the same unit of work
/// as the status change, and only when the status actually changed (a replayed webhook announces nothing).
/// </summary>
internal static class FailureEvents
{
    public static bool FailAndAnnounce(this PaymentsDbContext db, Payment payment, string code, string? message, DateTimeOffset now)
    {
        if (!payment.Fail(code, message, now))
        {
            return false;
        }

        db.Publish(new PaymentFailed(Guid.CreateVersion7(now), now, payment.Id, payment.BookingId, payment.PayerId, new Money(payment.Amount, payment.Currency), code));
        return true;
    }

    public static void MarkFailedAndAnnounce(this PaymentsDbContext db, Payout payout, string reason, DateTimeOffset now)
    {
        payout.MarkFailed(reason, now);
        db.Publish(new PayoutFailed(Guid.CreateVersion7(now), now, payout.Id, payout.BookingId, payout.HostId, new Money(payout.Amount, payout.Currency), payout.FailureReason));
    }
}
