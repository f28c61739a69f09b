namespace StayHub.Framework.Contracts;

/// <summary>One page of a cursor-paginated list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in the list's stable order.</param>
/// <param name="NextCursor">Opaque cursor for the next page, or <c>null</c> on the last page.</param>
/// <param name="TotalCount">Total number of matching items, where the list offers it.</param>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor, long? TotalCount = null);
