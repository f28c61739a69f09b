namespace StayHub.Reviews.Domain;

/// <summary>
/// Running integer totals of a listing's published, unhidden guest reviews (overall and per category), changed by
/// an atomic upsert in the transaction of each publish/hide/unhide; <see cref="Sequence"/> counts the changes and
/// orders the events that carry the totals to listings.
/// </summary>
internal sealed class ListingReviewStats
{
    public Guid ListingId { get; set; }

    public int ReviewCount { get; set; }

    public long RatingSum { get; set; }

    public long CleanlinessSum { get; set; }

    public int CleanlinessCount { get; set; }

    public long AccuracySum { get; set; }

    public int AccuracyCount { get; set; }

    public long CommunicationSum { get; set; }

    public int CommunicationCount { get; set; }

    public long LocationSum { get; set; }

    public int LocationCount { get; set; }

    public long CheckInSum { get; set; }

    public int CheckInCount { get; set; }

    public long ValueSum { get; set; }

    public int ValueCount { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The totals of exactly these reviews (a rebuild's result); <see cref="Sequence"/> is left at zero.</summary>
    public static ListingReviewStats Of(Guid listingId, IEnumerable<ReviewRatings> reviews)
    {
        var stats = new ListingReviewStats { ListingId = listingId };
        foreach (var r in reviews)
        {
            stats.Add(r, 1);
        }

        return stats;
    }

    /// <summary>Adds (<paramref name="sign"/> = 1) or removes (-1) one review's ratings.</summary>
    public void Add(ReviewRatings r, int sign)
    {
        ReviewCount += sign;
        RatingSum += sign * r.Overall;
        (CleanlinessSum, CleanlinessCount) = Step(CleanlinessSum, CleanlinessCount, r.Cleanliness, sign);
        (AccuracySum, AccuracyCount) = Step(AccuracySum, AccuracyCount, r.Accuracy, sign);
        (CommunicationSum, CommunicationCount) = Step(CommunicationSum, CommunicationCount, r.Communication, sign);
        (LocationSum, LocationCount) = Step(LocationSum, LocationCount, r.Location, sign);
        (CheckInSum, CheckInCount) = Step(CheckInSum, CheckInCount, r.CheckIn, sign);
        (ValueSum, ValueCount) = Step(ValueSum, ValueCount, r.Value, sign);
    }

    /// <summary>Whether the totals (not the sequence) are equal.</summary>
    public bool SameTotals(ListingReviewStats other) =>
        ReviewCount == other.ReviewCount && RatingSum == other.RatingSum
        && CleanlinessSum == other.CleanlinessSum && CleanlinessCount == other.CleanlinessCount
        && AccuracySum == other.AccuracySum && AccuracyCount == other.AccuracyCount
        && CommunicationSum == other.CommunicationSum && CommunicationCount == other.CommunicationCount
        && LocationSum == other.LocationSum && LocationCount == other.LocationCount
        && CheckInSum == other.CheckInSum && CheckInCount == other.CheckInCount
        && ValueSum == other.ValueSum && ValueCount == other.ValueCount;

    private static (long Sum, int Count) Step(long sum, int count, int? value, int sign) =>
        value is { } v ? (sum + (sign * v), count + sign) : (sum, count);
}
