namespace StayHub.Identity.Contracts;

/// <summary>Locks an account: every sign-in ends at once and none is possible until the lock ends.</summary>
/// <param name="Until">When the lock ends by itself (in the future); null to lock until an administrator unlocks.</param>
/// <param name="Reason">Why, for the other administrators (1 to 500 characters).</param>
public sealed record LockUserRequest(DateTimeOffset? Until, string Reason);
