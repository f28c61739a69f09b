using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

internal static class ReviewsTestApi
{
    public static async Task<ReviewDto> ReviewAsync(this HttpClient client, Guid bookingId, int rating, string? comment = "Fine.", ReviewCategoryRatings? categories = null)
    {
        using var response = await client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(rating, comment, categories));
        return await response.ShouldBeJsonAsync<ReviewDto>(HttpStatusCode.Created);
    }

    public static async Task<ListingReviewsPage> ListingReviewsAsync(this HttpClient client, Guid listingId, string query = "")
    {
        using var response = await client.GetAsync($"/api/listings/{listingId}/reviews{query}");
        return await response.ShouldBeJsonAsync<ListingReviewsPage>();
    }

    public static async Task<CursorPage<ReviewDto>> UserReviewsAsync(this HttpClient client, Guid userId)
    {
        using var response = await client.GetAsync($"/api/users/{userId}/reviews");
        return await response.ShouldBeJsonAsync<CursorPage<ReviewDto>>();
    }
}
