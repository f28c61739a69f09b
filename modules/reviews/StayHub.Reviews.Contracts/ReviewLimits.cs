namespace StayHub.Reviews.Contracts;

/// <summary>Limits of review input.</summary>
public static class ReviewLimits
{
    /// <summary>Lowest rating.</summary>
    public const int MinRating = 1;

    /// <summary>Highest rating.</summary>
    public const int MaxRating = 5;

    /// <summary>Longest comment or reply, in characters.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>Longest moderation reason, in characters.</summary>
    public const int MaxReasonLength = 500;
}
