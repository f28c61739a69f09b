namespace StayHub.Reviews.Contracts;

/// <summary>Who wrote a review, as identity shows them publicly.</summary>
/// <param name="Id">User id.</param>
/// <param name="DisplayName">Display name (a placeholder once the account is gone).</param>
/// <param name="PhotoUrl">Profile photo URL, if any.</param>
public sealed record ReviewerDto(Guid Id, string DisplayName, string? PhotoUrl);
