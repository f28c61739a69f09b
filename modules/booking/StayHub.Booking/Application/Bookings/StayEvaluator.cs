using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Listings.Contracts;

namespace StayHub.Booking.Application.Bookings;

/// <summary>The result of checking a requested stay: the listing's terms, the price, and the first reason it cannot be booked.</summary>
internal sealed record StayEvaluation(ListingForBooking Listing, PriceBreakdown Price, string? Problem);

/// <summary>
/// Shared by quote and book. Its date check only produces a friendly answer for quotes; the exclusion constraint is
/// what actually keeps two bookings off the same night, so booking skips it (see <see cref="EvaluateAsync"/>).
/// </summary>
internal sealed class StayEvaluator(
    IListingsModule listings,
    BookingDbContext db,
    IOptions<ServiceFeeOptions> fees,
    IOptions<BookingOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// The listing's terms, the price and the first problem. With <c>checkHeld</c> false (booking) stays holding the
    /// dates are not looked up: booking's INSERT meets the exclusion constraint, whose 23P01 becomes the same 409
    /// <c>booking.dates_unavailable</c>, so the look-up would repeat the constraint's work with one more round trip
    /// on every successful booking.
    /// </summary>
    public async Task<StayEvaluation?> EvaluateAsync(Guid listingId, DateOnly checkIn, DateOnly checkOut, int guests, Guid? callerId, bool checkHeld, CancellationToken cancellationToken)
    {
        var listing = await listings.GetForBookingAsync(listingId, checkIn, checkOut, cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var price = Pricing.Quote(listing.Currency, [.. listing.Nights.Select(n => n.Price.Amount)], listing.CleaningFee.Amount, fees.Value.ServiceFeePercent);
        var nights = checkOut.DayNumber - checkIn.DayNumber;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        string? problem =
            !listing.Published ? BookingErrorCodes.ListingUnavailable
            : callerId == listing.HostId ? BookingErrorCodes.OwnListing
            : checkIn < today ? BookingErrorCodes.InThePast
            : checkIn.DayNumber - today.DayNumber > (int)options.Value.MaxAdvance.TotalDays ? BookingErrorCodes.TooFarAhead
            : nights < listing.MinNights ? BookingErrorCodes.TooFewNights
            : nights > listing.MaxNights ? BookingErrorCodes.TooManyNights
            : guests > listing.MaxGuests ? BookingErrorCodes.TooManyGuests
            : checkHeld && await IsHeldAsync(listingId, checkIn, checkOut, cancellationToken) ? BookingErrorCodes.DatesUnavailable
            : null;
        return new StayEvaluation(listing, price, problem);
    }

    private Task<bool> IsHeldAsync(Guid listingId, DateOnly checkIn, DateOnly checkOut, CancellationToken cancellationToken) =>
        db.Stays.AsNoTracking().HeldBetween(listingId, checkIn, checkOut).AnyAsync(cancellationToken);
}
