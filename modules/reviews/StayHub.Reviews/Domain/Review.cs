using StayHub.Framework.Domain;
using StayHub.Framework.Errors;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Domain;

/// <summary>
/// One side's review of a completed booking. Pending (seen only by its author) until published; once published it
/// never changes again except for the host's one reply and moderation (hide/unhide).
/// </summary>
internal sealed class Review : Entity
{
    private Review()
    {
    }

    public Review(ReviewableStay stay, string authorRole, ReviewRatings ratings, string? comment, DateTimeOffset windowEndsAt, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        BookingId = stay.BookingId;
        ListingId = stay.ListingId;
        AuthorRole = authorRole;
        AuthorId = authorRole == ReviewAuthorRoles.Guest ? stay.GuestId : stay.HostId;
        SubjectUserId = authorRole == ReviewAuthorRoles.Guest ? stay.HostId : stay.GuestId;
        StayCheckIn = stay.CheckIn;
        Rating = ratings.Overall;
        Cleanliness = ratings.Cleanliness;
        Accuracy = ratings.Accuracy;
        Communication = ratings.Communication;
        Location = ratings.Location;
        CheckIn = ratings.CheckIn;
        Value = ratings.Value;
        // Stored exactly as written: encoding is the output's job, and re-encoding on the way in corrupts text.
        Comment = comment;
        WindowEndsAt = windowEndsAt;
        SubmittedAt = now;
    }

    public Guid BookingId { get; private set; }

    public Guid ListingId { get; private set; }

    /// <summary>One of <see cref="ReviewAuthorRoles"/>.</summary>
    public string AuthorRole { get; private set; } = ReviewAuthorRoles.Guest;

    public Guid AuthorId { get; private set; }

    public Guid SubjectUserId { get; private set; }

    public DateOnly? StayCheckIn { get; private set; }

    public int Rating { get; private set; }

    public int? Cleanliness { get; private set; }

    public int? Accuracy { get; private set; }

    public int? Communication { get; private set; }

    public int? Location { get; private set; }

    public int? CheckIn { get; private set; }

    public int? Value { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>When the double-blind period ends at the latest (the booking's review window).</summary>
    public DateTimeOffset WindowEndsAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public Guid? HiddenBy { get; private set; }

    public string? ReplyComment { get; private set; }

    public DateTimeOffset? ReplyAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public bool IsHidden => HiddenAt is not null;

    public bool IsGuestReview => AuthorRole == ReviewAuthorRoles.Guest;

    /// <summary>Whether it counts in its listing's rating: a published, unhidden guest review.</summary>
    public bool CountsInAggregates => IsGuestReview && IsPublished && !IsHidden;

    public string Status => IsPublished ? ReviewStatuses.Published : ReviewStatuses.Pending;

    public ReviewRatings Ratings => new(Rating, Cleanliness, Accuracy, Communication, Location, CheckIn, Value);

    /// <summary>Double-blind: a pending or hidden review is visible to its author only.</summary>
    public bool IsVisibleTo(Guid? userId) => (IsPublished && !IsHidden) || (userId is { } id && id == AuthorId);

    /// <summary>Makes it visible; <c>false</c> when it already was (publishing twice changes nothing).</summary>
    public bool Publish(DateTimeOffset now)
    {
        if (IsPublished)
        {
            return false;
        }

        PublishedAt = now;
        return true;
    }

    public void ReplyAsHost(string comment, DateTimeOffset now)
    {
        if (!IsPublished)
        {
            throw new ConflictException(ReviewErrorCodes.NotPublished, "Only a published review can be replied to.");
        }

        if (ReplyAt is not null)
        {
            throw new ConflictException(ReviewErrorCodes.AlreadyReplied, "This review already has a reply.");
        }

        ReplyComment = comment;
        ReplyAt = now;
    }

    /// <summary>Hides it from the public lists and the aggregates; <c>false</c> when it already was hidden.</summary>
    public bool Hide(string? reason, Guid? by, DateTimeOffset now)
    {
        if (IsHidden)
        {
            return false;
        }

        HiddenAt = now;
        HiddenReason = reason;
        HiddenBy = by;
        return true;
    }

    /// <summary>Shows it again; <c>false</c> when it was not hidden.</summary>
    public bool Unhide()
    {
        if (!IsHidden)
        {
            return false;
        }

        HiddenAt = null;
        HiddenReason = null;
        HiddenBy = null;
        return true;
    }
}
