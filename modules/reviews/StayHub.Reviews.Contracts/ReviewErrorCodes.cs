namespace StayHub.Reviews.Contracts;

/// <summary>Stable error codes of the reviews module.</summary>
public static class ReviewErrorCodes
{
    /// <summary>The booking is not (yet) completed, so it cannot be reviewed.</summary>
    public const string BookingNotCompleted = "review.booking_not_completed";

    /// <summary>This side of the booking has already reviewed it.</summary>
    public const string AlreadySubmitted = "review.already_submitted";

    /// <summary>The review window of the booking has closed.</summary>
    public const string WindowClosed = "review.window_closed";

    /// <summary>The review is not published yet, so it cannot be replied to.</summary>
    public const string NotPublished = "review.not_published";

    /// <summary>The host has already replied to this review.</summary>
    public const string AlreadyReplied = "review.already_replied";
}
