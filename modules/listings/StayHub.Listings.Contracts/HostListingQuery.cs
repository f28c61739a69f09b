using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>The query string of the host's own listing list.</summary>
/// <param name="PageSize">Items per page, 1..<see cref="Paging.MaxPageSize"/>.</param>
/// <param name="Cursor">Opaque cursor from the previous page, at most 512 characters.</param>
public sealed record HostListingQuery(int? PageSize, string? Cursor);
