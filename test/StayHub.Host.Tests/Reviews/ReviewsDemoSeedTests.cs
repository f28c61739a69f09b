using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Listings;
using StayHub.Listings.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary>The demo seed: completed stays the demo guest can review at once, and demo listings with a spread of ratings.</summary>
public sealed class ReviewsDemoSeedTests(DemoSeedFixture host) : IClassFixture<DemoSeedFixture>
{
    [Fact]
    public async Task The_demo_guest_can_review_a_completed_stay_at_once_and_search_sorts_demo_listings_by_a_spread_of_ratings()
    {
        var guest = await host.CreateClient().AuthenticateAsync("guest@stayhub.local", "Demo-Pass-2026!");
        var completed = await (await guest.GetAsync("/api/bookings?status=completed")).ShouldBeJsonAsync<CursorPage<BookingDto>>();
        completed.Items.Count.ShouldBe(3);

        using var review = await ReviewsFixture.EventuallyAsync(
            () => guest.PostJsonAsync($"/api/bookings/{completed.Items[0].Id}/review", new SubmitReviewRequest(5, "Lovely.")),
            r => r.StatusCode == HttpStatusCode.Created,
            "the demo stay's completion to reach reviews");

        var spread = await host.ScalarAsync<long>("SELECT count(DISTINCT rating) FROM reviews.reviews WHERE author_role = 'guest' AND published_at IS NOT NULL");
        spread.ShouldBeGreaterThanOrEqualTo(4L);
        var rated = await host.ScalarAsync<long>("SELECT count(*) FROM reviews.listing_review_stats WHERE review_count > 0");
        rated.ShouldBeGreaterThan(20L);
        await ReviewsFixture.EventuallyAsync(
            () => host.ScalarAsync<long>("SELECT count(*) FROM listings.listings WHERE review_count > 0"),
            n => n == rated,
            "listings to take every demo listing's rating");

        var search = await (await host.CreateClient().GetAsync("/api/listings?sort=rating&pageSize=100")).ShouldBeJsonAsync<CursorPage<ListingSummaryDto>>();
        var ratings = search.Items.Where(i => i.Rating is not null).Select(i => i.Rating!.Value).ToList();
        ratings.ShouldBe([.. ratings.OrderDescending()]);
        (ratings[0] - ratings[^1]).ShouldBeGreaterThan(1m);
    }
}
