namespace StayHub.Framework.Pagination;

/// <summary>One page of rows read by <see cref="KeysetPaging"/> and the cursor of the page after it.</summary>
/// <typeparam name="TRow">What was read.</typeparam>
/// <param name="Rows">At most the page size, newest first.</param>
/// <param name="NextCursor">Where the next page starts, or <c>null</c> on the last page.</param>
public sealed record KeysetPage<TRow>(IReadOnlyList<TRow> Rows, string? NextCursor);
