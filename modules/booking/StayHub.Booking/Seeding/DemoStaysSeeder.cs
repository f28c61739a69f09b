using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StayHub.Booking.Application;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Framework.Seeding;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;

namespace StayHub.Booking.Seeding;

/// <summary>
/// With <c>Seed:Demo</c>: a few stays of the demo guest on the demo host's listings that ended days ago and are
/// completed, so a newcomer can review one at once. Their completion is announced like any other (the event reaches
/// reviews through the outbox); skipped once the demo guest has any booking.
/// </summary>
internal sealed class DemoStaysSeeder(
    BookingDbContext db,
    IIdentityModule identity,
    IListingsModule listings,
    IOptions<BookingOptions> options,
    IPaymentsModule payments,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoStaysSeeder> logger) : IDataSeedContributor
{
    public const string DemoGuestEmail = "guest@stayhub.local";
    public const string DemoHostEmail = "host@stayhub.local";
    public const int Count = 3;

    // After the demo listings (100).
    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", false))
        {
            return;
        }

        var guest = await identity.FindByEmailAsync(DemoGuestEmail, cancellationToken);
        var host = await identity.FindByEmailAsync(DemoHostEmail, cancellationToken);
        if (guest is null || host is null || await db.Bookings.AnyAsync(s => s.GuestId == guest.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var listingIds = await listings.ListPublishedIdsOfHostAsync(host.Id, Count, cancellationToken);
        for (var i = 0; i < listingIds.Count; i++)
        {
            // Ended 2, 5 and 8 days ago: well inside the default 14-day review window.
            var checkOut = today.AddDays(-2 - (3 * i));
            var checkIn = checkOut.AddDays(-3);
            var terms = await listings.GetForBookingAsync(listingIds[i], checkIn, checkOut, cancellationToken);
            if (terms is null)
            {
                continue;
            }

            var price = Pricing.Quote(terms.Currency, [.. terms.Nights.Select(n => n.Price.Amount)], terms.CleaningFee.Amount, payments.ServiceFeePercent);
            var stay = GuestBooking.New(terms.ListingId, terms.HostId, guest.Id, checkIn, checkOut, 2, "Demo stay", price,
                terms.CancellationPolicy, instantBook: true, now, options.Value.PendingTtl);
            stay.RecordPayment(now, options.Value.RequestTtl);
            stay.Complete(now);
            db.Bookings.Add(stay);
            db.Publish(BookingEventsFactory.Completed(stay, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} completed demo stays for {Email}", listingIds.Count, DemoGuestEmail);
    }
}
