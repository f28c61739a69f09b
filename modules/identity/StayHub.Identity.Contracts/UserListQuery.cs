namespace StayHub.Identity.Contracts;

/// <summary>Admin user list query.</summary>
/// <param name="Q">Matches email or display name (case-insensitive, contains).</param>
/// <param name="Role">Only users holding this role.</param>
/// <param name="PageSize">Items per page, 1 to 100 (default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
/// <param name="Locked">true: only accounts locked now; false: only accounts not locked.</param>
public sealed record UserListQuery(string? Q, string? Role, int? PageSize, string? Cursor, bool? Locked = null);
