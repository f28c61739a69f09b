namespace StayHub.Reviews.Contracts;

/// <summary>Where a review is in its double-blind life.</summary>
public static class ReviewStatuses
{
    /// <summary>Submitted; visible only to its author until the other side has reviewed or the window has closed.</summary>
    public const string Pending = "pending";

    /// <summary>Visible to everyone (unless hidden by a moderator); immutable.</summary>
    public const string Published = "published";
}
