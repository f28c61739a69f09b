using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Domain;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;
using StayHub.Payments.Providers;
using StayHub.Framework.Text;

namespace StayHub.Payments.Application;

/// <summary>Guest payments, reads and admin refunds.</summary>
internal sealed class PaymentAppService(
    PaymentsDbContext db,
    IBookingPayments bookings,
    IPaymentProvider provider,
    MoneyMovements money,
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    TimeProvider clock,
    ILogger<PaymentAppService> logger) : IPaymentAppService, IPaymentAdminAppService
{
    /// <summary>
    /// Charges the booking's quoted total. The attempt is written (status processing) before the provider is called,
    /// under a unique index that lets only one attempt per booking be in flight or captured; the provider call carries
    /// the attempt's id as idempotency key.
    /// </summary>
    public async Task<PaymentDto> PayBookingAsync(Guid id, PayRequest request, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var booking = await bookings.GetForPaymentAsync(id, cancellationToken);
        if (booking is null || booking.GuestId != me)
        {
            throw new NotFoundException("Booking");
        }

        if (booking.IsPaid || await db.Payments.AnyAsync(p => p.BookingId == id && (p.Status == PaymentStatus.Succeeded || p.Status == PaymentStatus.PartiallyRefunded), cancellationToken))
        {
            throw new ConflictException(PaymentErrorCodes.AlreadyPaid, "This booking is already paid.");
        }

        if (booking.Status != BookingStatuses.Pending)
        {
            throw new ConflictException(PaymentErrorCodes.BookingNotPayable, $"A {booking.Status} booking cannot be paid.");
        }

        var now = clock.GetUtcNow();
        var payment = Payment.Start(id, me, booking.HostId, provider.Name, request.PaymentMethodId!.Trim(),
            booking.Total.Currency, booking.Total.Amount, booking.ServiceFee.Amount, now);
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PaymentsDbContext.OneLivePaymentIndex })
        {
            throw new ConflictException(PaymentErrorCodes.InProgress, "Another payment for this booking is being processed or has succeeded.");
        }

        ChargeResult result;
        try
        {
            result = await provider.ChargeAsync(
                new ChargeRequest(payment.Id, id, payment.PaymentMethodId, payment.Amount, payment.Currency, $"charge:{payment.Id}"),
                cancellationToken);
        }
        catch (PaymentProviderException ex)
        {
            logger.LogWarning(ex, "Charging payment {PaymentId} failed at the provider.", payment.Id);
            // Nothing is known to be captured. If the provider did capture, its webhook (matched by the payment id in
            // the metadata) records it later: the provider's word wins over this failure.
            await ApplyAsync(payment.Id, new ChargeResult(PaymentStatus.Failed, null, FailureCode: PaymentErrorCodes.ProviderUnavailable, FailureMessage: "The payment provider could not be reached."), CancellationToken.None);
            throw new StayHubException(ErrorKind.BadGateway, PaymentErrorCodes.ProviderUnavailable,
                "The payment provider could not be reached or failed; nothing was charged by us. Try again in a moment.");
        }

        // The charge happened: record it even if the caller has gone away meanwhile.
        var applied = await ApplyAsync(payment.Id, result, CancellationToken.None);
        return applied.ToDto(result.Outcome == PaymentStatus.RequiresAction ? result.ClientSecret : null);
    }

    /// <summary>
    /// Sandbox only: what Stripe's client SDK and the following <c>payment_intent.succeeded</c> webhook do once the guest
    /// passes 3-D Secure. With Stripe configured this route does not exist (404).
    /// </summary>
    public Task<PaymentDto> CompleteSandboxAuthenticationAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        if (provider.Name != PaymentProviders.Sandbox)
        {
            throw new NotFoundException("Payment");
        }

        return db.InTransactionAsync(async ct =>
        {
            var payment = await db.LockAsync(id, ct);
            if (payment is null || payment.PayerId != me)
            {
                throw new NotFoundException("Payment");
            }

            if (payment.Status != PaymentStatus.RequiresAction)
            {
                throw new ConflictException(PaymentErrorCodes.NotAwaitingAction, $"A {payment.Status.ToText()} payment has no authentication to complete.");
            }

            await money.CaptureAsync(payment, ct);
            return payment.ToDto();
        }, cancellationToken);
    }

    public async Task<PaymentDto> GetPaymentAsync(Guid id, CancellationToken cancellationToken) =>
        (await permissions.VisibleOrNotFoundAsync(
            currentUser,
            await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            (payment, me) => payment.PayerId == me || payment.HostId == me,
            PaymentPermissions.PaymentsManage,
            "Payment",
            cancellationToken)).ToDto();

    public async Task<RefundDto> RefundPaymentAsync(Guid id, AdminRefundRequest? request, CancellationToken cancellationToken)
    {
        request ??= new AdminRefundRequest(null, null);
        var idempotencyKey = $"refund:admin:{Guid.CreateVersion7()}";
        var reason = request.Reason.TrimmedOrNull();
        return await db.InTransactionAsync(async ct =>
        {
            var payment = await db.LockAsync(id, ct) ?? throw new NotFoundException("Payment");
            if (request.Amount is { } amount && amount % Currencies.AmountStep(payment.Currency) != 0)
            {
                // Stripe refuses such an amount; say so before asking it.
                throw RequestValidationException.ForField("amount",
                    $"{payment.Currency} amounts move in steps of {Currencies.AmountStep(payment.Currency)} minor units: the last digit must be 0.");
            }

            try
            {
                var refund = await money.RefundAsync(payment, request.Amount ?? payment.Refundable, RefundKinds.Admin, reason, idempotencyKey, ct);
                return refund.ToDto();
            }
            catch (PaymentProviderException ex)
            {
                logger.LogWarning(ex, "Refunding payment {PaymentId} failed at the provider.", id);
                throw new StayHubException(ErrorKind.BadGateway, PaymentErrorCodes.ProviderUnavailable,
                    "The payment provider refused or could not be reached; nothing was refunded. Try again in a moment.");
            }
        }, cancellationToken);
    }

    public async Task<CursorPage<PaymentDto>> ListPaymentsAsync(AdminPaymentListQuery query, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = EnumText.Parse<PaymentStatus>(query.Status);
            payments = payments.Where(p => p.Status == status);
        }

        if (query.BookingId is { } bookingId)
        {
            payments = payments.Where(p => p.BookingId == bookingId);
        }

        var total = await payments.LongCountAsync(cancellationToken);
        var page = await payments.NewestFirstPageAsync(p => p.Id, query.Cursor, query.PageSize, query with { Cursor = null, PageSize = null }, cancellationToken);
        return new CursorPage<PaymentDto>([.. page.Rows.Select(p => p.ToDto())], page.NextCursor, total);
    }

    /// <summary>Applies the provider's answer under the payment's row lock (a webhook may be applying it too).</summary>
    private Task<Payment> ApplyAsync(Guid paymentId, ChargeResult result, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var payment = await db.LockAsync(paymentId, ct) ?? throw new InvalidOperationException($"Payment {paymentId} vanished.");
            payment.AttachProviderId(result.ProviderPaymentId);
            var now = clock.GetUtcNow();
            switch (result.Outcome)
            {
                case PaymentStatus.Succeeded:
                    await money.CaptureAsync(payment, ct);
                    break;
                case PaymentStatus.RequiresAction:
                    payment.RequireAction(now);
                    break;
                case PaymentStatus.Failed:
                    db.FailAndAnnounce(payment, result.FailureCode ?? PaymentErrorCodes.CardDeclined, result.FailureMessage, now);
                    break;
                case PaymentStatus.Processing:
                    // The webhook finishes it.
                    break;
                default:
                    throw new InvalidOperationException($"A provider cannot answer a charge with '{result.Outcome.ToText()}'.");
            }

            return payment;
        }, cancellationToken);
}
