namespace StayHub.Reviews.Application;

/// <summary>Configuration section <c>Reviews</c>.</summary>
internal sealed class ReviewsOptions
{
    public const string SectionName = "Reviews";

    /// <summary>How long after check-out (from the start of that day, UTC) both sides may review (<c>Reviews__Window</c>).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How often the clustered job publishes reviews whose window has closed.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromMinutes(1);
}
