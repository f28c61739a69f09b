namespace StayHub.Reviews.Contracts;

/// <summary>
/// The one way a rating average is computed, by reviews for its pages and by listings for search: from the integer
/// sum and count, rounded half away from zero to 2 decimals, so both sides and a rebuild give the same number.
/// </summary>
public static class RatingAverage
{
    /// <summary>The average of <paramref name="count"/> ratings summing to <paramref name="sum"/>, or <c>null</c> with none.</summary>
    public static decimal? Of(long sum, long count) =>
        count <= 0 ? null : Math.Round((decimal)sum / count, 2, MidpointRounding.AwayFromZero);
}
