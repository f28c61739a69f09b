namespace StayHub.Reviews.Contracts;

/// <summary>The host's public answer to a guest's review.</summary>
/// <param name="Comment">Text, 1..2,000 characters; stored exactly as written.</param>
public sealed record ReplyToReviewRequest(string Comment);
