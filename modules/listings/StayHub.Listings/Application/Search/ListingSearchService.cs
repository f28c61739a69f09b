using FluentValidation;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Search;

internal sealed record SearchRow(
    Guid Id,
    string Title,
    string City,
    string Country,
    double Lat,
    double Lng,
    long NightlyPrice,
    string Currency,
    decimal? Rating,
    int ReviewCount,
    int MaxGuests,
    DateTime CreatedAt,
    double? SortKey,
    string? PhotoUrl);

/// <summary>
/// Listing search as raw SQL on the shared data source: the query shape depends on which filters are present,
/// and each shape must match a partial index, which is easier to guarantee (and to EXPLAIN) as SQL than as a
/// LINQ translation. No total count: counting every match would cost a scan of all matches on each page.
/// </summary>
internal sealed class ListingSearchService(NpgsqlDataSource dataSource)
{
    public async Task<CursorPage<ListingSummaryDto>> SearchAsync(ListingSearchQuery query, CancellationToken cancellationToken)
    {
        var criteria = SearchCriteriaParser.Parse(query, out var errors);
        if (errors.Count > 0)
        {
            // The endpoint filter has normally reported these already; this guards direct callers.
            throw new RequestValidationException(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }

        var after = SearchCursor.Read(criteria);
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

internal sealed class ListingSearchQueryValidator : AbstractValidator<ListingSearchQuery>
{
    public ListingSearchQueryValidator()
    {
        // One parser decides validity for the validator and the service alike; errors keep the query-string names.
        RuleFor(x => x).Custom((query, context) =>
        {
            SearchCriteriaParser.Parse(query, out var errors);
            foreach (var (field, message) in errors)
            {
                context.AddFailure(field, message);
            }
        });
    }
}
