using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;

namespace StayHub.Reviews.Tests;

public sealed class ReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static ReviewableStay Stay()
    {
        var stay = new ReviewableStay(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Now);
        stay.SetDates(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30));
        stay.Advance(BookingStatuses.Completed, Now);
        return stay;
    }

    [Fact]
    public void A_pending_review_is_visible_to_its_author_only_and_a_published_one_to_everyone()
    {
        var stay = Stay();
        var review = new Review(stay, ReviewAuthorRoles.Guest, new ReviewRatings(4), "ok", Now.AddDays(13), Now);
        review.AuthorId.ShouldBe(stay.GuestId);
        review.SubjectUserId.ShouldBe(stay.HostId);
        review.IsVisibleTo(stay.GuestId).ShouldBeTrue();
        review.IsVisibleTo(stay.HostId).ShouldBeFalse();
        review.IsVisibleTo(null).ShouldBeFalse();
        review.CountsInAggregates.ShouldBeFalse();

        review.Publish(Now).ShouldBeTrue();
        review.Publish(Now.AddDays(1)).ShouldBeFalse();
        review.PublishedAt.ShouldBe(Now);
        review.IsVisibleTo(null).ShouldBeTrue();
        review.CountsInAggregates.ShouldBeTrue();

        review.Hide("spam", null, Now).ShouldBeTrue();
        review.Hide("again", null, Now).ShouldBeFalse();
        review.IsVisibleTo(stay.HostId).ShouldBeFalse();
        review.IsVisibleTo(stay.GuestId).ShouldBeTrue();
        review.CountsInAggregates.ShouldBeFalse();
        review.Unhide().ShouldBeTrue();
        review.Unhide().ShouldBeFalse();
        review.CountsInAggregates.ShouldBeTrue();
    }

    [Fact]
    public void A_host_review_is_about_the_guest_and_never_counts_in_the_listings_rating()
    {
        var stay = Stay();
        var review = new Review(stay, ReviewAuthorRoles.Host, new ReviewRatings(2), null, Now.AddDays(13), Now);
        review.Publish(Now);
        review.AuthorId.ShouldBe(stay.HostId);
        review.SubjectUserId.ShouldBe(stay.GuestId);
        review.CountsInAggregates.ShouldBeFalse();
    }

    [Fact]
    public void A_reply_needs_a_published_review_and_happens_once()
    {
        var review = new Review(Stay(), ReviewAuthorRoles.Guest, new ReviewRatings(4), "ok", Now.AddDays(13), Now);
        Should.Throw<ConflictException>(() => review.ReplyAsHost("thanks", Now)).Code.ShouldBe(ReviewErrorCodes.NotPublished);
        review.Publish(Now);
        review.ReplyAsHost("thanks", Now);
        Should.Throw<ConflictException>(() => review.ReplyAsHost("again", Now)).Code.ShouldBe(ReviewErrorCodes.AlreadyReplied);
        review.ReplyComment.ShouldBe("thanks");
    }

    [Fact]
    public void Running_totals_add_and_remove_to_what_a_rebuild_computes()
    {
        var listingId = Guid.CreateVersion7();
        var a = new ReviewRatings(5, Cleanliness: 4, Value: 3);
        var b = new ReviewRatings(2, Cleanliness: 1);
        var c = new ReviewRatings(4);
        var running = new ListingReviewStats { ListingId = listingId };
        running.Add(a, 1);
        running.Add(b, 1);
        running.Add(c, 1);
        running.Add(b, -1);

        var rebuilt = ListingReviewStats.Of(listingId, [a, c]);
        running.SameTotals(rebuilt).ShouldBeTrue();
        rebuilt.ReviewCount.ShouldBe(2);
        rebuilt.RatingSum.ShouldBe(9);
        rebuilt.CleanlinessCount.ShouldBe(1);
        rebuilt.CleanlinessSum.ShouldBe(4);
        rebuilt.ValueSum.ShouldBe(3);
    }
}
