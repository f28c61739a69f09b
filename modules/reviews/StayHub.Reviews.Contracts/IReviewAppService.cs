using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Reviews.Contracts;

/// <summary>
/// Reviews of completed stays: guests review the stay, hosts review the guest; both are double-blind (hidden from
/// everyone but their author until both are in or the review window closes), then published and immutable.
/// </summary>
[ApplicationService("api/reviews", Tag = "Reviews")]
public interface IReviewAppService : IApplicationService
{
    /// <summary>
    /// Reviews booking <paramref name="id"/>: by its guest (a review of the stay, with optional category ratings) or by
    /// its listing's host (a review of the guest). Allowed once per side, after the booking is completed and within
    /// the review window (<c>Reviews__Window</c> after check-out). 404 when the caller is neither the guest nor the host
    /// (or the booking is unknown); 409 <c>review.booking_not_completed</c>, <c>review.already_submitted</c>,
    /// <c>review.window_closed</c>; 400 for ratings outside 1..5 or a comment over 2,000 characters.
    /// </summary>
    [Post("/api/bookings/{id}/review"), Created("/api/reviews/{id}"), ProducesErrors(404, 409)]
    [ProducesErrorCodes(
        ReviewErrorCodes.AlreadySubmitted,
        ReviewErrorCodes.BookingNotCompleted,
        ReviewErrorCodes.WindowClosed)]
    Task<ReviewDto> SubmitBookingReviewAsync(Guid id, SubmitReviewRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// A review: published and unhidden ones to anyone, a pending one only to its author; otherwise 404.
    /// </summary>
    [Anonymous, ProducesErrors(404)]
    Task<ReviewDto> GetReviewAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Anyone: the published, unhidden guest reviews of listing <paramref name="id"/>, sorted <c>newest</c>,
    /// <c>rating_desc</c> or <c>rating_asc</c>, keyset-paged, with the listing's average rating, review count and
    /// category averages. An unknown listing is 404 (asked of the listings module; a deleted one still lists its reviews).
    /// </summary>
    [Anonymous, Get("/api/listings/{id}/reviews"), ProducesErrors(404)]
    Task<ListingReviewsPage> ListListingReviewsAsync(Guid id, ListingReviewQuery query, CancellationToken cancellationToken);

    /// <summary>Anyone: the published, unhidden reviews user <paramref name="id"/> received from hosts as a guest, newest first.</summary>
    [Anonymous, Get("/api/users/{id}/reviews")]
    Task<CursorPage<ReviewDto>> ListUserReviewsAsync(Guid id, UserReviewQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The listing's host answers guest review <paramref name="id"/>, once, after it is published. 404 when the caller
    /// is not the listing's host (or the review is unknown, hidden, or a host's review); 409
    /// <c>review.not_published</c> or <c>review.already_replied</c>.
    /// </summary>
    [Created("/api/reviews/{id}"), ProducesErrors(404, 409)]
    [ProducesErrorCodes(ReviewErrorCodes.AlreadyReplied, ReviewErrorCodes.NotPublished)]
    Task<ReviewDto> ReplyToReviewAsync(Guid id, ReplyToReviewRequest request, CancellationToken cancellationToken);
}
