using Microsoft.Extensions.Logging;
using Npgsql;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Domain;
using StayHub.Framework.Pagination;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Providers;

namespace StayHub.Payments.Application;

internal static class PaymentMapping
{
    public static PaymentDto ToDto(this Payment p, string? clientSecret = null) => new(
        p.Id,
        p.BookingId,
        p.Status.ToText(),
        new Money(p.Amount, p.Currency),
        new Money(p.Refunded, p.Currency),
        p.CreatedAt,
        clientSecret,
        p.Status == PaymentStatus.Failed ? p.FailureCode : null,
        p.Status == PaymentStatus.Failed ? p.FailureMessage : null);

    public static RefundDto ToDto(this Refund r) => new(r.Id, r.PaymentId, new Money(r.Amount, r.Currency), "succeeded", r.Reason, r.CreatedAt);

    public static PayoutDto ToDto(this Payout p) => new(
        p.Id, p.BookingId, new Money(p.Amount, p.Currency), new Money(p.Fees, p.Currency), p.Status.ToText(), p.ReleaseAt, p.PaidAt, p.FailureReason);
}
