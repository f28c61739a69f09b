using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Listings.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary>Hidden reviews leave the public lists and the aggregates; listings follows; a rebuild gives the same totals.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ModerationAndAggregateTests(ReviewsFixture host)
{
    [Fact]
    public async Task Hide_and_unhide_move_the_reviews_page_and_the_listings_rating_and_count()
    {
        var owner = await host.CreateHostAsync();
        var listing = await ReviewsFixture.CreateListingAsync(owner);
        var five = await PublishedGuestReviewAsync(owner, listing.Id, 5, new ReviewCategoryRatings(5, 5, null, 4, null, null));
        var two = await PublishedGuestReviewAsync(owner, listing.Id, 2, new ReviewCategoryRatings(2, null, null, 3, null, null));
        await PublishedGuestReviewAsync(owner, listing.Id, 4, null);

        var page = await host.CreateClient().ListingReviewsAsync(listing.Id);
        page.ReviewCount.ShouldBe(3);
        page.AverageRating.ShouldBe(3.67m);
        page.CategoryAverages.ShouldBe(new ReviewCategoryAverages(3.50m, 5.00m, null, 3.50m, null, null));
        await ListingRatingAsync(listing.Id, 3.67m, 3);

        var admin = await host.CreateAdminClientAsync();
        (await owner.Client.PostJsonAsync($"/api/admin/reviews/{two.Id}/hide", new HideReviewRequest("abuse"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var hidden = await (await admin.PostJsonAsync($"/api/admin/reviews/{two.Id}/hide", new HideReviewRequest("Personal details")))
            .ShouldBeJsonAsync<AdminReviewDto>();
        hidden.Hidden.ShouldBeTrue();
        hidden.HiddenReason.ShouldBe("Personal details");
        // Hiding twice changes nothing more.
        await (await admin.PostJsonAsync($"/api/admin/reviews/{two.Id}/hide", new HideReviewRequest("again"))).ShouldBeJsonAsync<AdminReviewDto>();

        page = await host.CreateClient().ListingReviewsAsync(listing.Id);
        page.Items.Select(r => r.Id).ShouldNotContain(two.Id);
        page.ReviewCount.ShouldBe(2);
        page.AverageRating.ShouldBe(4.50m);
        page.CategoryAverages.Cleanliness.ShouldBe(5.00m);
        (await host.CreateClient().GetAsync($"/api/reviews/{two.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ListingRatingAsync(listing.Id, 4.50m, 2);

        var hiddenList = await (await admin.GetAsync($"/api/admin/reviews?listingId={listing.Id}&hidden=true")).ShouldBeJsonAsync<CursorPage<AdminReviewDto>>();
        hiddenList.Items.Select(r => r.Review.Id).ShouldBe([two.Id]);
        var all = await (await admin.GetAsync($"/api/admin/reviews?listingId={listing.Id}&pageSize=100")).ShouldBeJsonAsync<CursorPage<AdminReviewDto>>();
        all.TotalCount.ShouldBe(6);

        var shown = await (await admin.PostAsync($"/api/admin/reviews/{two.Id}/unhide", null)).ShouldBeJsonAsync<AdminReviewDto>();
        shown.Hidden.ShouldBeFalse();
        await (await admin.PostAsync($"/api/admin/reviews/{two.Id}/unhide", null)).ShouldBeJsonAsync<AdminReviewDto>();
        page = await host.CreateClient().ListingReviewsAsync(listing.Id);
        page.ReviewCount.ShouldBe(3);
        page.AverageRating.ShouldBe(3.67m);
        await ListingRatingAsync(listing.Id, 3.67m, 3);
        (await admin.PostAsync($"/api/admin/reviews/{Guid.CreateVersion7()}/unhide", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        _ = five;
    }

    [Fact]
    public async Task Rebuilding_the_aggregates_from_scratch_gives_the_same_numbers_as_the_running_totals()
    {
        var owner = await host.CreateHostAsync();
        var listing = await ReviewsFixture.CreateListingAsync(owner);
        var admin = await host.CreateAdminClientAsync();
        var reviews = new List<ReviewDto>();
        int[] ratings = [5, 4, 4, 1, 3, 5, 2];
        for (var i = 0; i < ratings.Length; i++)
        {
            reviews.Add(await PublishedGuestReviewAsync(owner, listing.Id, ratings[i], i % 2 == 0 ? new ReviewCategoryRatings(ratings[i], 3, 4, null, 5, i % 5 + 1) : null));
        }

        // A history of moderation: hidden, unhidden, hidden again, and a pending review hidden before it is published.
        await (await admin.PostJsonAsync($"/api/admin/reviews/{reviews[0].Id}/hide", new HideReviewRequest(null))).ShouldBeJsonAsync<AdminReviewDto>();
        await (await admin.PostJsonAsync($"/api/admin/reviews/{reviews[3].Id}/hide", new HideReviewRequest(null))).ShouldBeJsonAsync<AdminReviewDto>();
        await (await admin.PostAsync($"/api/admin/reviews/{reviews[0].Id}/unhide", null)).ShouldBeJsonAsync<AdminReviewDto>();
        await (await admin.PostJsonAsync($"/api/admin/reviews/{reviews[5].Id}/hide", new HideReviewRequest(null))).ShouldBeJsonAsync<AdminReviewDto>();
        var guest = await host.CreateUserAsync();
        var pendingBooking = await host.RecordBookingAsync(guest.Id, owner.Id, listing.Id, ReviewsFixture.Today.AddDays(-1));
        var pending = await guest.Client.ReviewAsync(pendingBooking, 1);
        await (await admin.PostJsonAsync($"/api/admin/reviews/{pending.Id}/hide", new HideReviewRequest(null))).ShouldBeJsonAsync<AdminReviewDto>();
        await owner.Client.ReviewAsync(pendingBooking, 3);

        var before = await host.CreateClient().ListingReviewsAsync(listing.Id);
        // Counted: 5, 4, 4, 3, 2 (1 and the second 5 hidden, the late 1 hidden before publishing).
        before.ReviewCount.ShouldBe(5);
        before.AverageRating.ShouldBe(3.60m);
        await ListingRatingAsync(listing.Id, 3.60m, 5);

        var (running, rebuilt) = await host.RebuildAsync(listing.Id);
        running.ShouldNotBeNull();
        running.SameTotals(rebuilt).ShouldBeTrue();
        var after = await host.CreateClient().ListingReviewsAsync(listing.Id);
        after.ShouldBeEquivalentTo(before);
        // The rebuild was announced again (a higher sequence); listings ends with the same numbers.
        await ListingRatingAsync(listing.Id, 3.60m, 5);
    }

    [Fact]
    public async Task Listing_reviews_sort_by_rating_either_way_and_page_with_an_opaque_cursor()
    {
        var owner = await host.CreateHostAsync();
        var listingId = (await ReviewsFixture.CreateListingAsync(owner)).Id;
        var three = await PublishedGuestReviewAsync(owner, listingId, 3, null);
        var five = await PublishedGuestReviewAsync(owner, listingId, 5, null);
        var one = await PublishedGuestReviewAsync(owner, listingId, 1, null);
        var anotherFive = await PublishedGuestReviewAsync(owner, listingId, 5, null);
        var client = host.CreateClient();

        (await client.ListingReviewsAsync(listingId)).Items.Select(r => r.Id).ShouldBe([anotherFive.Id, one.Id, five.Id, three.Id]);
        (await client.ListingReviewsAsync(listingId, "?sort=rating_desc")).Items.Select(r => r.Id).ShouldBe([anotherFive.Id, five.Id, three.Id, one.Id]);
        (await client.ListingReviewsAsync(listingId, "?sort=rating_asc")).Items.Select(r => r.Id).ShouldBe([one.Id, three.Id, anotherFive.Id, five.Id]);

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.ListingReviewsAsync(listingId, "?sort=rating_desc&pageSize=1" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            page.Items.Count.ShouldBe(1);
            seen.Add(page.Items[0].Id);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        seen.ShouldBe([anotherFive.Id, five.Id, three.Id, one.Id]);

        var first = await client.ListingReviewsAsync(listingId, "?pageSize=2");
        await (await client.GetAsync($"/api/listings/{listingId}/reviews?sort=rating_asc&cursor={first.NextCursor}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await (await client.GetAsync($"/api/listings/{listingId}/reviews?sort=best")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await (await client.GetAsync($"/api/listings/{listingId}/reviews?pageSize=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await (await client.GetAsync($"/api/listings/{listingId}/reviews?cursor=garbage")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    /// <summary>A new guest's completed stay on the listing, reviewed by both sides (so published at once).</summary>
    private async Task<ReviewDto> PublishedGuestReviewAsync(Infrastructure.TestUser owner, Guid listingId, int rating, ReviewCategoryRatings? categories)
    {
        var guest = await host.CreateUserAsync();
        var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, listingId, ReviewsFixture.Today.AddDays(-1));
        var review = await guest.Client.ReviewAsync(bookingId, rating, $"Rated {rating}", categories);
        await owner.Client.ReviewAsync(bookingId, 5);
        return review;
    }

    private Task<ListingDto> ListingRatingAsync(Guid listingId, decimal rating, int count) =>
        ReviewsFixture.EventuallyAsync(
            async () => await (await host.CreateClient().GetAsync($"/api/listings/{listingId}")).ShouldBeJsonAsync<ListingDto>(),
            l => l.Rating == rating && l.ReviewCount == count,
            $"listing {listingId} to show {rating} from {count} reviews");
}
