namespace StayHub.Listings.Contracts;

/// <summary>Cancellation policies a listing can offer (the booking module computes refunds from them).</summary>
public static class CancellationPolicies
{
    /// <summary>Full refund until 24 h before check-in.</summary>
    public const string Flexible = "flexible";

    /// <summary>Full refund until 5 days before check-in.</summary>
    public const string Moderate = "moderate";

    /// <summary>50 % refund until 7 days before check-in, nothing after.</summary>
    public const string Strict = "strict";

    /// <summary>All policies.</summary>
    public static readonly IReadOnlyList<string> All = [Flexible, Moderate, Strict];
}
