namespace StayHub.Reviews.Contracts;

/// <summary>Permission names of the reviews module.</summary>
public static class ReviewsPermissions
{
    /// <summary>List every review, hide and unhide reviews (moderators and admins).</summary>
    public const string Moderate = "Reviews.Reviews.Moderate";
}
