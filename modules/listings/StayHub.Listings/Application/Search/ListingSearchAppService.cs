using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Listings.Contracts;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Listings.Application.Search;

/// <summary>
/// Listing search as raw SQL on the shared data source: the query shape depends on which filters are present,
/// and each shape must match a partial index, which is easier to guarantee (and to EXPLAIN) as SQL than as a
/// LINQ translation. No total count: counting every match would cost a scan of all matches on each page.
/// </summary>
/// <remarks>
/// Result pages are kept for <see cref="SearchOptions.CacheDuration"/> (seconds) in this node's memory, keyed by
/// the normalised query: most traffic is the first pages of a few popular searches. Memory only (no Redis, no
/// backplane): nothing is evicted on change, so the short expiry is the whole staleness bound, and a Redis round
/// trip would cost about what the cheap shapes cost in PostgreSQL. Eager refresh reloads a hot entry in the
/// background before it expires, so a popular search does not make one request in every period wait for SQL.
/// </remarks>
internal sealed class ListingSearchAppService(NpgsqlDataSource dataSource, IFusionCache cache, IOptions<SearchOptions> options) : IListingSearchAppService
{
    private const string KeyPrefix = "listings:search:";

    private readonly FusionCacheEntryOptions entryOptions = new()
    {
        Duration = options.Value.CacheDuration,
        EagerRefreshThreshold = 0.5f,
        SkipDistributedCacheRead = true,
        SkipDistributedCacheWrite = true,
        SkipBackplaneNotifications = true,
        // A failed query must be an error, not an old page served past the promised expiry.
        IsFailSafeEnabled = false,
    };

    public async Task<CursorPage<ListingSummaryDto>> SearchListingsAsync(ListingSearchQuery query, CancellationToken cancellationToken)
    {
        var criteria = SearchCriteriaParser.Parse(query, out var errors);
        if (errors.Count > 0)
        {
            // The endpoint filter has normally reported these already; this guards direct callers.
            throw new RequestValidationException(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }

        // Read (and refused if foreign) before the cache, so a bad cursor is a 400 whether or not its page is cached.
        var after = SearchCursor.Read(criteria);
        if (entryOptions.Duration <= TimeSpan.Zero)
        {
            return await PageAsync(criteria, after, cancellationToken);
        }

        // The factory runs on the shared data source, not on anything scoped to this request, so an eager refresh
        // may safely finish in the background after the request has gone.
        return await cache.GetOrSetAsync<CursorPage<ListingSummaryDto>>(
            CacheKey(criteria),
            (_, ct) => PageAsync(criteria, after, ct),
            entryOptions,
            cancellationToken);
    }

    /// <summary>Every filter, the sort, the page size and the cursor: two requests share a page only if they ask the same.</summary>
    internal static string CacheKey(SearchCriteria criteria)
    {
        // Free text is length-prefixed: joined as is, q "a|b" with city "c" would read the same as q "a" with city "b|c".
        static string Free(string? value) => value is null ? "-" : value.Length.ToString(CultureInfo.InvariantCulture) + ":" + value;
        var text = string.Join('|',
            SearchCursor.Filters(criteria with { Text = null, City = null }, city: null),
            Free(criteria.Text),
            Free(criteria.City),
            criteria.PageSize.ToString(CultureInfo.InvariantCulture),
            Free(criteria.Cursor));
        return KeyPrefix + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private async Task<CursorPage<ListingSummaryDto>> PageAsync(SearchCriteria criteria, SearchCursorPosition? after, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(criteria, after, cancellationToken);
        var page = rows.Count > criteria.PageSize ? rows.GetRange(0, criteria.PageSize) : rows;
        var next = rows.Count > criteria.PageSize ? SearchCursor.Write(criteria, page[^1]) : null;
        var items = page.Select(r => new ListingSummaryDto(
            r.Id, r.Title, r.City, r.Country, new GeoPointDto(r.Lat, r.Lng), new Money(r.NightlyPrice, r.Currency),
            r.Rating, r.ReviewCount, r.PhotoUrl, r.MaxGuests)).ToList();
        return new CursorPage<ListingSummaryDto>(items, next);
    }

    private async Task<List<SearchRow>> QueryAsync(SearchCriteria criteria, SearchCursorPosition? after, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = SearchSqlBuilder.Build(criteria, after, connection.CreateCommand());
        // Persistent prepared statement: parsing and planning these PostGIS/tsquery statements cost about a third of a
        // cheap search. Npgsql keeps it on the physical connection, so each (connection, shape) prepares once; there
        // are as many shapes as combinations of present filters, not one per value.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SearchRow>(criteria.PageSize + 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SearchRow(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetDouble(4),
                reader.GetDouble(5),
                reader.GetInt64(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                reader.GetInt32(9),
                reader.GetInt32(10),
                reader.GetFieldValue<DateTime>(11),
                reader.IsDBNull(12) ? null : reader.GetDouble(12),
                reader.IsDBNull(13) ? null : reader.GetString(13)));
        }

        return rows;
    }
}
