using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary>Who may review which booking, when, and with what.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ReviewSubmissionTests(ReviewsFixture host)
{
    private static SubmitReviewRequest Good => new(5, "Lovely stay.");

    [Fact]
    public async Task Guest_and_host_each_review_a_completed_booking_once_and_a_second_try_is_409()
    {
        var (guest, owner, bookingId) = await CompletedStayAsync();

        var review = await (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(4, "Nice.", new ReviewCategoryRatings(5, 4, 3, 5, 4, 4))))
            .ShouldBeJsonAsync<ReviewDto>(HttpStatusCode.Created);
        review.AuthorRole.ShouldBe(ReviewAuthorRoles.Guest);
        review.Reviewer.Id.ShouldBe(guest.Id);
        review.Reviewer.DisplayName.ShouldBe("Gary Guest");
        review.SubjectUserId.ShouldBe(owner.Id);
        review.Status.ShouldBe(ReviewStatuses.Pending);
        review.Categories.ShouldBe(new ReviewCategoryRatings(5, 4, 3, 5, 4, 4));

        var second = await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", Good);
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.AlreadySubmitted);

        var hostReview = await (await owner.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(5, "Tidy guest.")))
            .ShouldBeJsonAsync<ReviewDto>(HttpStatusCode.Created);
        hostReview.AuthorRole.ShouldBe(ReviewAuthorRoles.Host);
        hostReview.SubjectUserId.ShouldBe(guest.Id);
        var hostAgain = await owner.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", Good);
        await hostAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.AlreadySubmitted);
    }

    [Fact]
    public async Task A_booking_that_is_not_completed_is_409_and_someone_elses_or_an_unknown_booking_is_404()
    {
        var guest = await host.CreateUserAsync();
        var owner = await host.CreateUserAsync();
        var stranger = await host.CreateUserAsync();
        var confirmed = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(5), BookingStatuses.Confirmed);
        var cancelled = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(5), BookingStatuses.Cancelled);
        var completed = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(-1));

        await (await guest.Client.PostJsonAsync($"/api/bookings/{confirmed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.BookingNotCompleted);
        await (await owner.Client.PostJsonAsync($"/api/bookings/{confirmed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.BookingNotCompleted);
        await (await guest.Client.PostJsonAsync($"/api/bookings/{cancelled}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.BookingNotCompleted);
        await (await stranger.Client.PostJsonAsync($"/api/bookings/{completed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await stranger.Client.PostJsonAsync($"/api/bookings/{confirmed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await guest.Client.PostJsonAsync($"/api/bookings/{Guid.CreateVersion7()}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await host.CreateClient().PostJsonAsync($"/api/bookings/{completed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_late_confirmation_event_does_not_reopen_a_completed_booking()
    {
        var guest = await host.CreateUserAsync();
        var owner = await host.CreateUserAsync();
        var listingId = Guid.CreateVersion7();
        var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, listingId, ReviewsFixture.Today.AddDays(-1));
        await host.RecordBookingAsync(guest.Id, owner.Id, listingId, ReviewsFixture.Today.AddDays(-1), BookingStatuses.Confirmed, bookingId);

        (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", Good)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task After_the_window_closes_neither_side_may_review()
    {
        var guest = await host.CreateUserAsync();
        var owner = await host.CreateUserAsync();
        // Default window: 14 days from the start of the check-out day (UTC).
        var closed = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(-15));
        var lastDay = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(-13));

        await (await guest.Client.PostJsonAsync($"/api/bookings/{closed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.WindowClosed);
        await (await owner.Client.PostJsonAsync($"/api/bookings/{closed}/review", Good)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.WindowClosed);
        (await guest.Client.PostJsonAsync($"/api/bookings/{lastDay}/review", Good)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public async Task An_overall_rating_outside_1_to_5_is_400(int rating)
    {
        var (guest, _, bookingId) = await CompletedStayAsync();
        var problem = await (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(rating, "x")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors!.Keys.ShouldContain("rating");
    }

    [Fact]
    public async Task A_category_rating_out_of_range_a_too_long_comment_and_host_categories_are_400_and_nothing_is_stored()
    {
        var (guest, owner, bookingId) = await CompletedStayAsync();
        var badCategory = await (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(4, "ok", new ReviewCategoryRatings(6, null, 0, null, null, null))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        badCategory.Errors!.Keys.ShouldBe(["categories.cleanliness", "categories.communication"], ignoreOrder: true);

        var tooLong = await (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(4, new string('a', ReviewLimits.MaxCommentLength + 1))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        tooLong.Errors!.Keys.ShouldContain("comment");

        var hostCategories = await (await owner.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(4, "ok", new ReviewCategoryRatings(5, 5, 5, 5, 5, 5))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        hostCategories.Errors!.Keys.ShouldContain("categories");

        // Exactly at the limit is fine, and the failed attempts left no review behind.
        (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(1, new string('a', ReviewLimits.MaxCommentLength))))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Text_is_stored_exactly_as_written_and_encoded_on_output()
    {
        var (guest, _, bookingId) = await CompletedStayAsync();
        const string comment = "<script>alert('x')</script> & \"quiet\" — 5★ 🏠";
        using var response = await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(5, comment));
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        // Encoded as a JSON string, never HTML: served as JSON that browsers must not sniff into a page.
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        var stored = await host.ScalarAsync<string>("SELECT comment FROM reviews.reviews WHERE booking_id = @id", ("id", bookingId));
        stored.ShouldBe(comment);
        var review = await (await guest.Client.GetAsync($"/api/reviews/{System.Text.Json.JsonDocument.Parse(raw).RootElement.GetProperty("id").GetGuid()}"))
            .ShouldBeJsonAsync<ReviewDto>();
        review.Comment.ShouldBe(comment);
    }

    private async Task<(TestUser Guest, TestUser Owner, Guid BookingId)> CompletedStayAsync()
    {
        var guest = await host.CreateUserAsync("Gary Guest");
        var owner = await host.CreateUserAsync("Olga Owner");
        var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, Guid.CreateVersion7(), ReviewsFixture.Today.AddDays(-2));
        return (guest, owner, bookingId);
    }
}
