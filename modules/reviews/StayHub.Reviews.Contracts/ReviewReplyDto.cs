namespace StayHub.Reviews.Contracts;

/// <summary>The host's reply shown under a review.</summary>
/// <param name="Comment">Text as written.</param>
/// <param name="CreatedAt">When it was posted.</param>
public sealed record ReviewReplyDto(string Comment, DateTimeOffset CreatedAt);
