using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary><c>GET /api/listings/{id}/reviews</c> asks the listings module whether the listing exists.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ListingReviewsOfUnknownListingTests(ReviewsFixture host)
{
    [Fact]
    public async Task An_unknown_listing_is_404_and_a_listing_without_reviews_is_an_empty_page()
    {
        var client = host.CreateClient();
        var listing = await ReviewsFixture.CreateListingAsync(await host.CreateHostAsync());

        await (await client.GetAsync($"/api/listings/{Guid.NewGuid()}/reviews")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        var page = await (await client.GetAsync($"/api/listings/{listing.Id}/reviews")).ShouldBeJsonAsync<ListingReviewsPage>();

        page.Items.ShouldBeEmpty();
        page.ReviewCount.ShouldBe(0);
    }
}
