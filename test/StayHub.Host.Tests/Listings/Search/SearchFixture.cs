using System.Net;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Listings.Contracts;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Listings.Search;

/// <summary>
/// A host whose database holds a few thousand listings from the benchmark generator (the same SQL file, so
/// the plans asserted here are the plans the benchmark measures) plus a handful of hand-made listings in
/// "Testville" (South Pacific, far from every generated city) whose every property a test relies on.
/// Rows are inserted with SQL, as the module's writes and booking's projection would leave them.
/// </summary>
public sealed class SearchFixture : StayHubAppFactory<Program>
{
    public const int GeneratedCount = 20000;

    /// <summary>
    /// The result cache off: these tests change rows with SQL between two searches and compare every page with a
    /// reference query at once. The cache has its own tests (SearchCacheTests).
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Listings:Search:CacheDuration"] = "00:00:00",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var generator = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "etc", "bench", "generate-listings.sql"));
        await ExecuteAsync($"SET stayhub.gen_n = {GeneratedCount};\n" + generator);
        await ExecuteAsync(SearchTestData.HandmadeSql);
        // Statistics for the planner, as autovacuum would gather them on a live database.
        await ExecuteAsync("ANALYZE listings.listings; ANALYZE listings.unavailability; ANALYZE listings.listing_photos;");
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The ids a reference query returns, in its order.</summary>
    public async Task<List<Guid>> IdsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public async Task<CursorPage<ListingSummaryDto>> SearchAsync(string query)
    {
        using var response = await CreateClient().GetAsync("/api/listings" + query);
        return await response.ShouldBeJsonAsync<CursorPage<ListingSummaryDto>>(HttpStatusCode.OK);
    }

    /// <summary>Follows nextCursor to the end (bounded), asserting no page is empty but the last.</summary>
    public async Task<List<ListingSummaryDto>> SearchAllAsync(string query, int pageSize)
    {
        var separator = query.Length == 0 ? "?" : "&";
        var all = new List<ListingSummaryDto>();
        string? cursor = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await SearchAsync($"{query}{separator}pageSize={pageSize}" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            page.Items.Count.ShouldBeLessThanOrEqualTo(pageSize);
            all.AddRange(page.Items);
            if (page.NextCursor is null)
            {
                return all;
            }

            page.Items.Count.ShouldBe(pageSize, "only the last page may be short");
            cursor = page.NextCursor;
        }

        throw new ShouldAssertException("Pagination did not end within 1000 pages.");
    }
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchFixture>
{
    public const string Name = "listing-search";
}
