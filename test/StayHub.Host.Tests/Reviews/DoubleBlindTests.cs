using System.Net;
using StayHub.Framework.Testing;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary>Neither review of a booking is visible to anyone but its author until both are in or the window closes.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class DoubleBlindTests(ReviewsFixture host)
{
    [Fact]
    public async Task Reviews_stay_hidden_until_both_sides_have_submitted_then_both_are_published()
    {
        var guest = await host.CreateUserAsync("Gwen Guest");
        var owner = await host.CreateHostAsync("Hal Host");
        var listingId = (await ReviewsFixture.CreateListingAsync(owner)).Id;
        var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, listingId, ReviewsFixture.Today.AddDays(-1));
        var anonymous = host.CreateClient();

        var guestReview = await guest.Client.ReviewAsync(bookingId, 4, "Great view.");
        // Its author sees it; the host, strangers and the public lists do not — not even with a clock moved a week on.
        (await (await guest.Client.GetAsync($"/api/reviews/{guestReview.Id}")).ShouldBeJsonAsync<ReviewDto>()).Status.ShouldBe(ReviewStatuses.Pending);
        (await owner.Client.GetAsync($"/api/reviews/{guestReview.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/reviews/{guestReview.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await host.PublishDueAsync(DateTimeOffset.UtcNow.AddDays(7));
        (await owner.Client.GetAsync($"/api/reviews/{guestReview.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await anonymous.ListingReviewsAsync(listingId);
        page.Items.ShouldBeEmpty();
        page.ReviewCount.ShouldBe(0);
        page.AverageRating.ShouldBeNull();

        var hostReview = await owner.Client.ReviewAsync(bookingId, 5, "Spotless guest.");
        hostReview.Status.ShouldBe(ReviewStatuses.Published);

        var visible = await (await anonymous.GetAsync($"/api/reviews/{guestReview.Id}")).ShouldBeJsonAsync<ReviewDto>();
        visible.Status.ShouldBe(ReviewStatuses.Published);
        visible.PublishedAt.ShouldNotBeNull();
        page = await anonymous.ListingReviewsAsync(listingId);
        page.Items.Select(r => r.Id).ShouldBe([guestReview.Id]);
        page.Items[0].Reviewer.DisplayName.ShouldBe("Gwen Guest");
        page.Items[0].StayMonth.ShouldBe(ReviewsFixture.Today.AddDays(-4).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        page.ReviewCount.ShouldBe(1);
        page.AverageRating.ShouldBe(4.00m);
        (await anonymous.UserReviewsAsync(guest.Id)).Items.Select(r => r.Id).ShouldBe([hostReview.Id]);
    }

    [Fact]
    public async Task A_lone_review_stays_hidden_until_the_window_ends_and_the_job_then_publishes_it()
    {
        var guest = await host.CreateUserAsync();
        var owner = await host.CreateHostAsync();
        var listingId = (await ReviewsFixture.CreateListingAsync(owner)).Id;
        // Checked out 13 days ago: the 14-day window ends at the start of tomorrow (UTC).
        var checkOut = ReviewsFixture.Today.AddDays(-13);
        var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, listingId, checkOut);
        var windowEnd = new DateTimeOffset(checkOut.AddDays(14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var review = await guest.Client.ReviewAsync(bookingId, 2, "Noisy street.");

        await host.PublishDueAsync(windowEnd.AddSeconds(-1));
        (await host.CreateClient().GetAsync($"/api/reviews/{review.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.CreateClient().ListingReviewsAsync(listingId)).Items.ShouldBeEmpty();

        (await host.PublishDueAsync(windowEnd)).ShouldBeGreaterThanOrEqualTo(1);
        var published = await (await host.CreateClient().GetAsync($"/api/reviews/{review.Id}")).ShouldBeJsonAsync<ReviewDto>();
        published.Status.ShouldBe(ReviewStatuses.Published);
        published.PublishedAt.ShouldBe(windowEnd);
        var page = await host.CreateClient().ListingReviewsAsync(listingId);
        page.Items.Select(r => r.Id).ShouldBe([review.Id]);
        page.AverageRating.ShouldBe(2.00m);

        // Published reviews are immutable: the author cannot submit again (there is no edit).
        await (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(5, "Changed my mind")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.AlreadySubmitted);
    }
    [Fact]
    public async Task Both_sides_submitting_at_the_same_moment_still_publish_both()
    {
        for (var round = 0; round < 5; round++)
        {
            var guest = await host.CreateUserAsync();
            var owner = await host.CreateUserAsync();
            var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(-1));
            var both = await Task.WhenAll(guest.Client.ReviewAsync(bookingId, 4), owner.Client.ReviewAsync(bookingId, 5));
            foreach (var review in both)
            {
                (await (await host.CreateClient().GetAsync($"/api/reviews/{review.Id}")).ShouldBeJsonAsync<ReviewDto>()).Status.ShouldBe(ReviewStatuses.Published);
            }
        }
    }
}
