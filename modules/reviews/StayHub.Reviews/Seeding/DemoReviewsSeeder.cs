using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StayHub.Booking.Contracts;
using StayHub.Framework.Seeding;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Reviews.Application.Aggregates;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Seeding;

/// <summary>
/// With <c>Seed:Demo</c>: published reviews of past stays on the demo host's listings, with a realistic spread (most
/// listings rate well, some poorly, some have none), so <c>sort=rating</c> means something. They are history from
/// before the demo's bookings began, written by the demo guest and answered by the demo host; each listing's totals
/// go to listings through the outbox like any other change. Deterministic; skipped once any review exists.
/// </summary>
internal sealed class DemoReviewsSeeder(
    ReviewsDbContext db,
    ListingAggregates aggregates,
    IIdentityModule identity,
    IListingsModule listings,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoReviewsSeeder> logger) : IDataSeedContributor
{
    public const string DemoGuestEmail = "guest@stayhub.local";
    public const string DemoHostEmail = "host@stayhub.local";
    public const int Listings = 80;

    private static readonly string[] Praise =
    [
        "Exactly as pictured, spotless and quiet.", "Great location, we walked everywhere.", "The host was quick to answer and very kind.",
        "Comfortable beds and a well-equipped kitchen.", "Would happily stay again.",
    ];

    private static readonly string[] Complaints =
    [
        "Noisy street at night.", "Smaller than the photos suggest.", "Check-in took a while.", "The shower pressure was weak.",
        "Not as clean as expected.",
    ];

    // After the demo listings (100) and booking's demo stays (200).
    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", false) || await db.Reviews.AnyAsync(cancellationToken))
        {
            return;
        }

        var guest = await identity.FindByEmailAsync(DemoGuestEmail, cancellationToken);
        var host = await identity.FindByEmailAsync(DemoHostEmail, cancellationToken);
        if (guest is null || host is null)
        {
            return;
        }

        var listingIds = await listings.ListPublishedIdsOfHostAsync(host.Id, Listings, cancellationToken);
        var count = await db.InTransactionAsync(async () =>
        {
            var random = new Random(20261204);
            var now = clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var written = 0;
            foreach (var listingId in listingIds)
            {
                // A listing's own quality: most are good, a few are poor, one in five has no reviews yet.
                var quality = random.NextDouble();
                var reviews = quality < 0.2 ? 0 : random.Next(1, 9);
                var counted = new List<ReviewRatings>();
                for (var i = 0; i < reviews; i++)
                {
                    var checkOut = today.AddDays(-30 - random.Next(0, 365));
                    var stay = new ReviewableStay(Guid.CreateVersion7(now), listingId, guest.Id, host.Id, now);
                    stay.SetDates(checkOut.AddDays(-random.Next(2, 6)), checkOut);
                    stay.Advance(BookingStatuses.Completed, now);
                    db.Stays.Add(stay);

                    var rating = Rating(random, quality);
                    var ratings = new ReviewRatings(rating, Near(random, rating), Near(random, rating), Near(random, rating), Near(random, rating), Near(random, rating), Near(random, rating));
                    var comment = rating >= 4 ? Praise[random.Next(Praise.Length)] : Complaints[random.Next(Complaints.Length)];
                    var windowEnd = stay.WindowEndsAt(TimeSpan.FromDays(14))!.Value;
                    var review = new Review(stay, ReviewAuthorRoles.Guest, ratings, comment, windowEnd, now);
                    review.Publish(now);
                    if (rating <= 3 && random.NextDouble() < 0.7)
                    {
                        review.ReplyAsHost("Thank you for the feedback — we have looked into it.", now);
                    }

                    var hostReview = new Review(stay, ReviewAuthorRoles.Host, new ReviewRatings(random.Next(4, 6)), "A considerate guest, welcome back any time.", windowEnd, now);
                    hostReview.Publish(now);
                    db.Reviews.AddRange(review, hostReview);
                    counted.Add(ratings);
                    written++;
                }

                if (counted.Count > 0)
                {
                    await aggregates.ReplaceAsync(ListingReviewStats.Of(listingId, counted), cancellationToken);
                }
            }

            return written;
        }, cancellationToken);
        logger.LogInformation("Seeded {Count} demo reviews on {Listings} demo listings", count, listingIds.Count);
    }

    /// <summary>1..5 around the listing's quality: a good listing mostly gets 4s and 5s, a poor one a wide spread.</summary>
    private static int Rating(Random random, double quality)
    {
        var mean = 2.2 + (quality * 2.9);
        var value = mean + ((random.NextDouble() - 0.5) * 2.4);
        return Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), ReviewLimits.MinRating, ReviewLimits.MaxRating);
    }

    private static int? Near(Random random, int rating) =>
        random.NextDouble() < 0.15 ? null : Math.Clamp(rating + random.Next(-1, 2), ReviewLimits.MinRating, ReviewLimits.MaxRating);
}
