using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary><c>status</c>: <c>published</c>, <c>unpublished</c> or <c>deleted</c>; without it, every listing not deleted.</summary>
/// <param name="Q">Text filter, at most 200 characters.</param>
/// <param name="Status"><c>published</c>, <c>unpublished</c> or <c>deleted</c>.</param>
/// <param name="HostId">Only this host's listings.</param>
/// <param name="PageSize">Items per page, 1..<see cref="Paging.MaxPageSize"/>.</param>
/// <param name="Cursor">Opaque cursor from the previous page, at most 512 characters.</param>
public sealed record AdminListingQuery(string? Q, string? Status, Guid? HostId, int? PageSize, string? Cursor);
