using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace StayHub.Framework.Pagination;

/// <summary>
/// Keyset paging over UUID v7 ids, newest first: ids are time-ordered, so "id below the cursor, id descending" is a
/// stable order that neither skips nor repeats a row while rows are added. One more row than the page is read to know
/// whether a next page exists. The cursor is bound to <c>scope</c> (the query's filters), see <see cref="Cursor"/>.
/// </summary>
public static class KeysetPaging
{
    /// <summary>Reads the page of <paramref name="rows"/> that <paramref name="cursor"/> points at.</summary>
    /// <param name="rows">The filtered query.</param>
    /// <param name="id">The row's UUID v7 id.</param>
    /// <param name="cursor">The cursor the caller sent, or <c>null</c> for the first page.</param>
    /// <param name="requestedPageSize">The page size the caller asked for (clamped).</param>
    /// <param name="scope">The query's filters without cursor and page size: a cursor is refused under other filters.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<KeysetPage<TRow>> NewestFirstPageAsync<TRow>(
        this IQueryable<TRow> rows,
        Expression<Func<TRow, Guid>> id,
        string? cursor,
        int? requestedPageSize,
        object? scope,
        CancellationToken cancellationToken)
    {
        var pageSize = Cursor.ClampPageSize(requestedPageSize);
        if (Cursor.Decode<Guid?>(cursor, scope) is { } before)
        {
            // The bound value goes through a closure so EF sends it as a parameter (one cached plan for every page).
            var position = new Position(before);
            var below = Expression.LessThan(id.Body, Expression.Property(Expression.Constant(position), nameof(Position.Id)));
            rows = rows.Where(Expression.Lambda<Func<TRow, bool>>(below, id.Parameters));
        }

        var page = await rows.OrderByDescending(id).Take(pageSize + 1).ToListAsync(cancellationToken);
        if (page.Count <= pageSize)
        {
            return new KeysetPage<TRow>(page, NextCursor: null);
        }

        page.RemoveAt(pageSize);
        return new KeysetPage<TRow>(page, Cursor.Encode<Guid?>(id.Compile(preferInterpretation: true)(page[^1]), scope));
    }

    private sealed record Position(Guid Id);
}
