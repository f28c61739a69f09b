using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StayHub.Booking.Application.Maintenance;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary>The whole chain through the real modules: booking → payment → completion → reviews → listing rating in search.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ReviewEndToEndTests(ReviewsFixture host)
{
    [Fact]
    public async Task A_completed_and_reviewed_stay_shows_up_as_the_listings_rating_in_search()
    {
        var owner = await host.CreateHostAsync();
        var listing = await ReviewsFixture.CreateListingAsync(owner, city: "Faro");
        var guest = await host.CreateUserAsync("Eve Endtoend");
        var checkIn = ReviewsFixture.Today.AddDays(30);
        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing.Id, checkIn, checkIn.AddDays(2), 2, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);

        // Booking has only told reviews it exists: not completed yet.
        await ReviewsFixture.EventuallyAsync(
            () => guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/review", new SubmitReviewRequest(4, "Too early")),
            r => r.StatusCode == HttpStatusCode.Conflict,
            "reviews to learn of the booking");
        await (await guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/payments", new PayRequest("pm_card_visa"))).ShouldBeJsonAsync<PaymentDto>(HttpStatusCode.Created);
        await ReviewsFixture.EventuallyAsync(
            async () => await (await guest.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>(),
            b => b.Status == BookingStatuses.Confirmed,
            "the booking to be confirmed");

        // Booking's completion job, run as if the day after check-out had come.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var at = new DateTimeOffset(checkIn.AddDays(3).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            var maintenance = ActivatorUtilities.CreateInstance<BookingMaintenance>(scope.ServiceProvider, new FakeTimeProvider(at));
            (await maintenance.CompleteFinishedAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        using var submitted = await ReviewsFixture.EventuallyAsync(
            () => guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/review", new SubmitReviewRequest(4, "Sea breeze and quiet nights.", new ReviewCategoryRatings(5, 4, 4, 5, 3, 4))),
            r => r.StatusCode == HttpStatusCode.Created,
            "the completion to reach reviews");
        var guestReview = await submitted.ShouldBeJsonAsync<ReviewDto>(HttpStatusCode.Created);
        guestReview.StayMonth.ShouldBe(checkIn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        await owner.Client.ReviewAsync(booking.Id, 5, "A considerate guest.");

        var found = await ReviewsFixture.EventuallyAsync(
            async () => await (await host.CreateClient().GetAsync("/api/listings?city=Faro&sort=rating")).ShouldBeJsonAsync<CursorPage<ListingSummaryDto>>(),
            p => p.Items.Any(i => i.Id == listing.Id && i.Rating == 4.00m && i.ReviewCount == 1),
            "search to show the listing's rating");
        found.Items[0].Id.ShouldBe(listing.Id);

        var page = await host.CreateClient().ListingReviewsAsync(listing.Id);
        page.Items.Single().Reviewer.DisplayName.ShouldBe("Eve Endtoend");
        page.AverageRating.ShouldBe(4.00m);
        page.CategoryAverages.Cleanliness.ShouldBe(5.00m);
        (await host.CreateClient().UserReviewsAsync(guest.Id)).Items.Single().Comment.ShouldBe("A considerate guest.");
    }
}
