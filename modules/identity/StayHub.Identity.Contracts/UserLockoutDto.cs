namespace StayHub.Identity.Contracts;

/// <summary>An account's lockout state.</summary>
/// <param name="LockedOut">Whether the account is locked now (by an administrator or after failed sign-ins).</param>
/// <param name="Until">When the lock ends; null when not locked or locked until unlocked.</param>
/// <param name="Reason">The administrator's reason; null for a lock after failed sign-ins.</param>
/// <param name="LockedAt">When an administrator locked it.</param>
/// <param name="LockedBy">The administrator who locked it.</param>
/// <param name="FailedSignIns">Failed password sign-ins since the last success.</param>
public sealed record UserLockoutDto(bool LockedOut, DateTimeOffset? Until, string? Reason, DateTimeOffset? LockedAt, Guid? LockedBy, int FailedSignIns);
