using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Stripe;
using StayHub.Framework.Errors;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;
using PaymentRecord = StayHub.Payments.Domain.Payment;

namespace StayHub.Payments.Application;

/// <summary>
/// Stripe webhooks: the signature and its timestamp are checked by Stripe.net's <c>EventUtility.ConstructEvent</c>;
/// each event id is acted on once (its row is written in the same transaction as the effect); every effect only
/// moves state forward, so retries, duplicates and out-of-order delivery leave the same final state.
/// </summary>
internal sealed partial class StripeWebhookProcessor(
    PaymentsDbContext db,
    MoneyMovements money,
    IOptions<PaymentsOptions> options,
    TimeProvider clock,
    ILogger<StripeWebhookProcessor> logger)
{
    public async Task<bool> ProcessAsync(string json, string? signatureHeader, CancellationToken cancellationToken)
    {
        var stripe = options.Value.Stripe;
        if (string.IsNullOrEmpty(stripe.WebhookSecret))
        {
            throw new StayHubException(ErrorKind.NotFound, Framework.Contracts.ErrorCodes.NotFound, "Stripe webhooks are not configured.");
        }

        Event stripeEvent;
        try
        {
            // The API version of events is the account's, not necessarily this SDK's; only a few fields are read.
            stripeEvent = EventUtility.ConstructEvent(json, signatureHeader ?? string.Empty, stripe.WebhookSecret,
                tolerance: stripe.WebhookToleranceSeconds, utcNow: clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            LogRejected(ex.Message);
            throw new StayHubException(ErrorKind.BadRequest, PaymentErrorCodes.InvalidSignature, "The Stripe-Signature header is missing, invalid or too old.");
        }

        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                if (await db.WebhookEvents.AnyAsync(e => e.Id == stripeEvent.Id, ct))
                {
                    return false;
                }

                db.WebhookEvents.Add(ProcessedWebhookEvent.Of(stripeEvent.Id, stripeEvent.Type, clock.GetUtcNow()));
                await ApplyAsync(stripeEvent, ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "webhook_events" })
        {
            // The same event delivered twice at once: the other delivery did the work.
            return false;
        }
    }

    private async Task ApplyAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (stripeEvent.Type)
        {
            case EventTypes.PaymentIntentSucceeded when stripeEvent.Data.Object is PaymentIntent intent:
                if (await FindAsync(intent, cancellationToken) is { } succeeded)
                {
                    await money.CaptureAsync(succeeded, cancellationToken);
                }

                break;
            case EventTypes.PaymentIntentRequiresAction when stripeEvent.Data.Object is PaymentIntent intent:
                (await FindAsync(intent, cancellationToken))?.RequireAction(now);
                break;
            case EventTypes.PaymentIntentPaymentFailed when stripeEvent.Data.Object is PaymentIntent intent:
                if (await FindAsync(intent, cancellationToken) is { } failed)
                {
                    db.FailAndAnnounce(failed,
                        intent.LastPaymentError?.Code is "resource_missing" ? PaymentErrorCodes.InvalidPaymentMethod : PaymentErrorCodes.CardDeclined,
                        intent.LastPaymentError?.Message ?? "The payment failed.", now);
                }

                break;
            case EventTypes.ChargeRefunded when stripeEvent.Data.Object is Charge charge && charge.PaymentIntentId is { } intentId:
                await ApplyRefundedAsync(intentId, charge, cancellationToken);
                break;
            case EventTypes.TransferReversed when stripeEvent.Data.Object is Transfer transfer:
                await ApplyTransferReversedAsync(transfer, cancellationToken);
                break;
            default:
                // transfer.created (we mark payouts paid when the transfer call returns), payout.* (money moving from
                // a host's Stripe balance to their bank, not ours to track) and anything else: recorded, no effect.
                LogIgnored(stripeEvent.Type, stripeEvent.Id);
                break;
        }
    }

    private async Task<PaymentRecord?> FindAsync(PaymentIntent intent, CancellationToken cancellationToken)
    {
        var payment = await db.LockByProviderIdAsync(intent.Id, cancellationToken);
        if (payment is null && intent.Metadata?.TryGetValue("payment_id", out var raw) == true && Guid.TryParse(raw, out var paymentId))
        {
            // The charge call timed out before we learnt the intent's id; the metadata carries ours.
            payment = await db.LockAsync(paymentId, cancellationToken);
            payment?.AttachProviderId(intent.Id);
        }

        if (payment is null)
        {
            LogUnknownIntent(intent.Id);
        }

        return payment;
    }

    /// <summary>A refund made outside StayHub (dashboard) is booked; ours are already booked and change nothing.</summary>
    private async Task ApplyRefundedAsync(string intentId, Charge charge, CancellationToken cancellationToken)
    {
        var payment = await db.LockByProviderIdAsync(intentId, cancellationToken);
        if (payment is null || !payment.IsCaptured)
        {
            return;
        }

        var missing = Math.Min(charge.AmountRefunded, payment.Amount) - payment.Refunded;
        if (missing > 0)
        {
            await money.RecordRefundAsync(payment, missing, RefundKinds.External, "Refunded at Stripe.", $"ext:{charge.Id}:{charge.AmountRefunded}", cancellationToken);
        }
    }

    private async Task ApplyTransferReversedAsync(Transfer transfer, CancellationToken cancellationToken)
    {
        var paymentId = await db.Payouts.Where(p => p.ProviderTransferId == transfer.Id).Select(p => (Guid?)p.PaymentId).SingleOrDefaultAsync(cancellationToken);
        if (paymentId is null || await db.LockAsync(paymentId.Value, cancellationToken) is not { } payment)
        {
            return;
        }

        var payout = await db.Payouts.SingleAsync(p => p.PaymentId == payment.Id, cancellationToken);
        if (payout.Status != PayoutStatus.Paid)
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.MarkFailedAndAnnounce(payout, "The transfer was reversed at Stripe.", now);
        // The money is back with the platform and owed to the host again: it returns to escrow until resolved.
        db.Post(LedgerEntry.Transfer(LedgerKinds.Payout, LedgerAccounts.HostPayouts, LedgerAccounts.Escrow, payout.Amount, payment, now));
    }

    [LoggerMessage(LogLevel.Warning, "Rejected a Stripe webhook: {Reason}")]
    private partial void LogRejected(string reason);

    [LoggerMessage(LogLevel.Information, "Stripe event {Type} ({EventId}) has no effect here.")]
    private partial void LogIgnored(string type, string eventId);

    [LoggerMessage(LogLevel.Warning, "Stripe event for unknown PaymentIntent {IntentId}.")]
    private partial void LogUnknownIntent(string intentId);
}
