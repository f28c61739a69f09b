using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Reviews;

/// <summary>The listing's host answers a published guest review once; the reply is shown under it.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ReplyTests(ReviewsFixture host)
{
    [Fact]
    public async Task Only_the_listings_host_replies_once_and_only_to_a_published_guest_review()
    {
        var guest = await host.CreateUserAsync();
        var owner = await host.CreateHostAsync();
        var stranger = await host.CreateUserAsync();
        var listingId = (await ReviewsFixture.CreateListingAsync(owner)).Id;
        var bookingId = await host.RecordBookingAsync(guest.Id, owner.Id, listingId, ReviewsFixture.Today.AddDays(-1));
        var review = await guest.Client.ReviewAsync(bookingId, 3, "Shower was cold.");
        var reply = new ReplyToReviewRequest("Sorry — the boiler is fixed now.");

        await (await owner.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", reply)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.NotPublished);

        var hostReview = await owner.Client.ReviewAsync(bookingId, 4);
        await (await guest.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", reply)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await stranger.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", reply)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await owner.Client.PostJsonAsync($"/api/reviews/{hostReview.Id}/reply", reply)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await owner.Client.PostJsonAsync($"/api/reviews/{Guid.CreateVersion7()}/reply", reply)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        var empty = await (await owner.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", new ReplyToReviewRequest(""))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        empty.Errors.Keys.ShouldContain("comment");
        await (await owner.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", new ReplyToReviewRequest(new string('r', ReviewLimits.MaxCommentLength + 1))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        using var created = await owner.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", reply);
        var answered = await created.ShouldBeJsonAsync<ReviewDto>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldEndWith($"/api/reviews/{review.Id}");
        answered.Reply!.Comment.ShouldBe(reply.Comment);

        await (await owner.Client.PostJsonAsync($"/api/reviews/{review.Id}/reply", new ReplyToReviewRequest("Again")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.AlreadyReplied);
        var shown = (await host.CreateClient().ListingReviewsAsync(listingId)).Items.Single();
        shown.Reply!.Comment.ShouldBe(reply.Comment);
        shown.Comment.ShouldBe("Shower was cold.");
    }
}
