namespace StayHub.Reviews.Contracts;

/// <summary>Which side of a booking wrote a review.</summary>
public static class ReviewAuthorRoles
{
    /// <summary>The guest, reviewing the stay (the listing).</summary>
    public const string Guest = "guest";

    /// <summary>The listing's host, reviewing the guest.</summary>
    public const string Host = "host";
}
