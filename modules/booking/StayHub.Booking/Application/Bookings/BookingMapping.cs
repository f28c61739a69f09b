using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;
using StayHub.Framework.Domain;

namespace StayHub.Booking.Application.Bookings;

internal static class BookingMapping
{
    public static BookingDto ToDto(this GuestBooking stay)
    {
        var price = stay.Price;
        return new BookingDto(
            stay.Id,
            stay.ListingId,
            stay.GuestId,
            stay.HostId,
            stay.Status.ToText(),
            stay.CheckIn,
            stay.CheckOut,
            stay.Guests,
            stay.Message,
            price.ToDto(),
            stay.CancellationPolicy,
            stay.InstantBook,
            stay.ApprovedAt is not null,
            stay.IsPaid,
            stay.ExpiresAt,
            stay.CreatedAt,
            stay.CancelledBy,
            stay.CancellationReason,
            stay.RefundAmount is { } refund ? new Money(refund, price.Currency) : null);
    }

    public static PriceBreakdownDto ToDto(this PriceBreakdown price) => new(
        price.Nights,
        [.. price.NightlyPrices.Select(p => new Money(p, price.Currency))],
        new Money(price.NightsTotal, price.Currency),
        new Money(price.CleaningFee, price.Currency),
        new Money(price.ServiceFee, price.Currency),
        new Money(price.Total, price.Currency));

    public static QuoteDto ToQuote(this PriceBreakdown price, string? problem)
    {
        var dto = price.ToDto();
        return new QuoteDto(dto.Nights, dto.NightlyPrices, dto.NightsTotal, dto.CleaningFee, dto.ServiceFee, dto.Total, problem is null, problem);
    }
}
