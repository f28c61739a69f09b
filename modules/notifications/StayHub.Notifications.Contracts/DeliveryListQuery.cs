namespace StayHub.Notifications.Contracts;

/// <summary>Filter and paging of email deliveries.</summary>
/// <param name="Status"><c>pending</c>, <c>sent</c>, <c>failed</c> or <c>dead</c>; all when absent.</param>
/// <param name="PageSize">1 to 100, default 20.</param>
/// <param name="Cursor">From a previous page's <c>nextCursor</c>.</param>
public sealed record DeliveryListQuery(string? Status = null, int? PageSize = null, string? Cursor = null);
