using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StayHub.Framework.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;
using StayHub.Payments.Providers;

namespace StayHub.Payments.Application;

/// <summary>
/// The few ways money moves — capture, refund, settle, pay out — each recorded with its double-entry ledger lines
/// and its integration event in the caller's unit of work. Callers hold the payment row locked
/// (<see cref="PaymentLocks"/>) so two paths cannot move the same money twice.
/// </summary>
internal sealed partial class MoneyMovements(
    PaymentsDbContext db,
    IPaymentProvider provider,
    IOptions<PaymentsOptions> options,
    TimeProvider clock,
    ILogger<MoneyMovements> logger)
{
    private int HostFeePercent => options.Value.HostFeePercent;

    /// <summary>
    /// The provider captured <paramref name="payment"/>. Books the charge and tells booking — unless the booking can
    /// no longer take it (cancelled, or another payment already captured), in which case it goes straight back.
    /// </summary>
    public async Task CaptureAsync(Payment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!payment.Capture(now))
        {
            return;
        }

        db.Post(LedgerEntry.Transfer(LedgerKinds.Charge, LedgerAccounts.Guests, LedgerAccounts.Escrow, payment.Amount, payment, now));
        var otherCaptured = await db.Payments.AnyAsync(
            p => p.BookingId == payment.BookingId && p.Id != payment.Id
                && (p.Status == PaymentStatus.Succeeded || p.Status == PaymentStatus.PartiallyRefunded),
            cancellationToken);
        if (payment.BookingCancelled || otherCaptured)
        {
            LogUnhonoured(payment.Id, payment.BookingId);
            await RefundAsync(payment, payment.Refundable, RefundKinds.Unhonoured, "Captured after the booking was paid or cancelled.", $"refund:unhonoured:{payment.Id}", cancellationToken);
            return;
        }

        db.Publish(new PaymentSucceeded(Guid.CreateVersion7(now), now, payment.Id, payment.BookingId, new Money(payment.Amount, payment.Currency), payment.PayerId));
    }

    /// <summary>
    /// Refunds <paramref name="amount"/> at the provider, then records it. The provider call carries
    /// <paramref name="idempotencyKey"/>, so a retry after a crash between the two returns the same refund.
    /// </summary>
    public async Task<Refund> RefundAsync(Payment payment, long amount, string kind, string? reason, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (!payment.IsCaptured)
        {
            throw new Framework.Errors.ConflictException(PaymentErrorCodes.NotRefundable, "Only a captured payment can be refunded.");
        }

        if (amount <= 0 || amount > payment.Refundable)
        {
            throw new Framework.Errors.ConflictException(PaymentErrorCodes.RefundExceedsCaptured,
                $"At most {payment.Refundable} (minor units of {payment.Currency}) can still be refunded on this payment.");
        }

        var providerRefundId = await provider.RefundAsync(
            new ProviderRefundRequest(payment.ProviderPaymentId ?? payment.Id.ToString(), amount, payment.Currency, idempotencyKey, payment.Id),
            cancellationToken);
        return await RecordRefundAsync(payment, amount, kind, reason, providerRefundId, cancellationToken);
    }

    /// <summary>Books a refund the provider has already made (ours, or one made in its dashboard).</summary>
    public async Task<Refund> RecordRefundAsync(Payment payment, long amount, string kind, string? reason, string providerRefundId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        payment.RecordRefund(amount, now);
        var refund = Refund.Record(Guid.CreateVersion7(now), payment, amount, kind, reason, providerRefundId, now);
        db.Refunds.Add(refund);
        // Before settlement the money is still in escrow; after it, the host has been paid and the platform bears it.
        var source = payment.SettledAt is null ? LedgerAccounts.Escrow : LedgerAccounts.Platform;
        db.Post(LedgerEntry.Transfer(LedgerKinds.Refund, source, LedgerAccounts.Guests, amount, payment, now));
        db.Publish(new PaymentRefunded(Guid.CreateVersion7(now), now, payment.Id, payment.BookingId, new Money(amount, payment.Currency), payment.PayerId));

        var payout = await db.Payouts.SingleOrDefaultAsync(p => p.PaymentId == payment.Id, cancellationToken);
        if (payout is { Status: PayoutStatus.Scheduled })
        {
            payout.Resettle(Settlement.Of(payment.Amount, payment.Refunded, payment.ServiceFee, HostFeePercent, Currencies.AmountStep(payment.Currency)), now);
            if (payout.Status == PayoutStatus.Cancelled)
            {
                SettleWithoutPayout(payment, payout.Fees, now);
            }
        }
        else if (payout is null && payment.SettledAt is null && payment.Refundable == 0)
        {
            // Fully refunded before any payout existed: nothing is left in escrow to settle.
            payment.MarkSettled(now);
        }

        return refund;
    }

    /// <summary>
    /// Booking confirmed: the host's payout is scheduled for <paramref name="releaseAt"/>. Idempotent per payment.
    /// </summary>
    public async Task<Payout?> SchedulePayoutAsync(Payment payment, DateTimeOffset releaseAt, CancellationToken cancellationToken)
    {
        if (!payment.IsCaptured || payment.SettledAt is not null
            || await db.Payouts.AnyAsync(p => p.PaymentId == payment.Id, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var settlement = Settlement.Of(payment.Amount, payment.Refunded, payment.ServiceFee, HostFeePercent, Currencies.AmountStep(payment.Currency));
        var payout = Payout.Schedule(payment, settlement, releaseAt, now);
        db.Payouts.Add(payout);
        if (payout.Status == PayoutStatus.Cancelled)
        {
            SettleWithoutPayout(payment, settlement.Fees, now);
        }

        return payout;
    }

    /// <summary>Sends a due payout and moves the payout and the platform's fees out of escrow.</summary>
    public async Task ReleaseAsync(Payout payout, Payment payment, string destinationAccountId, CancellationToken cancellationToken)
    {
        var transferId = await provider.TransferAsync(
            new ProviderTransferRequest(destinationAccountId, payout.Amount, payout.Currency, payout.BookingId, payout.Id, $"transfer:{payout.Id}"),
            cancellationToken);
        var now = clock.GetUtcNow();
        payout.MarkPaid(transferId, now);
        db.Post(LedgerEntry.Transfer(LedgerKinds.Payout, LedgerAccounts.Escrow, LedgerAccounts.HostPayouts, payout.Amount, payment, now));
        if (payout.Fees > 0)
        {
            db.Post(LedgerEntry.Transfer(LedgerKinds.Fee, LedgerAccounts.Escrow, LedgerAccounts.Platform, payout.Fees, payment, now));
        }

        payment.MarkSettled(now);
        db.Publish(new PayoutPaid(Guid.CreateVersion7(now), now, payout.Id, payout.BookingId, payout.HostId, new Money(payout.Amount, payout.Currency)));
    }

    private void SettleWithoutPayout(Payment payment, long fees, DateTimeOffset now)
    {
        if (fees > 0)
        {
            db.Post(LedgerEntry.Transfer(LedgerKinds.Fee, LedgerAccounts.Escrow, LedgerAccounts.Platform, fees, payment, now));
        }

        payment.MarkSettled(now);
    }

    [LoggerMessage(LogLevel.Warning, "Payment {PaymentId} was captured for booking {BookingId}, which was already paid or cancelled; refunding it in full.")]
    private partial void LogUnhonoured(Guid paymentId, Guid bookingId);
}
