using Microsoft.Extensions.Options;
using StayHub.Booking.Domain;
using StayHub.Booking.Domain.StayRules;
using StayHub.Booking.Persistence;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;

namespace StayHub.Booking.Application.Bookings;

/// <summary>
/// Shared by quote and book. Its date check only produces a friendly answer for quotes; the exclusion constraint is
/// what actually keeps two bookings off the same night, so booking skips it (see <see cref="EvaluateAsync"/>).
/// </summary>
internal sealed class StayEvaluator(
    IListingsModule listings,
    BookingDbContext db,
    IPaymentsModule payments,
    IOptions<BookingOptions> options,
    TimeProvider clock)
{
    /// <summary>The rules every stay must keep, in the order a caller is told about them (the first broken one wins).</summary>
    private static readonly StayRule[] Rules =
    [
        new ListingMustBePublished(),
        new GuestMustNotBeHost(),
        new CheckInMustNotBePast(),
        new CheckInMustBeWithinHorizon(),
        new StayMustMeetMinimumNights(),
        new StayMustNotExceedMaximumNights(),
        new GuestsMustFitListing(),
    ];

    /// <summary>
    /// The listing's terms, the price and the first broken rule. With <c>checkHeld</c> false (booking) stays holding the
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

        var price = Pricing.Quote(listing.Currency, [.. listing.Nights.Select(n => n.Price.Amount)], listing.CleaningFee.Amount, payments.ServiceFeePercent);
        var request = new StayRequest(listing, checkIn, checkOut, guests, callerId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Value.MaxAdvance);
        StayRule[] rules = checkHeld ? [.. Rules, new NightsMustBeFree(db)] : Rules;
        foreach (var rule in rules)
        {
            if (await rule.IsBrokenByAsync(request, cancellationToken))
            {
                return new StayEvaluation(listing, price, rule);
            }
        }

        return new StayEvaluation(listing, price, BrokenRule: null);
    }
}
