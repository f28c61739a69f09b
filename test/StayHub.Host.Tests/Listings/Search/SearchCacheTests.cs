using System.Diagnostics;
using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Application.Search;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings.Search;

/// <summary>
/// The search result cache on the shared host's default settings (a few seconds, memory only): a page is reused for
/// exactly the same query, and a change shows once the entry has expired, never later.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SearchCacheTests(HostFixture host)
{
    [Fact]
    public async Task A_page_is_reused_for_the_same_query_only_and_for_seconds()
    {
        var city = "Cacheville " + Guid.NewGuid().ToString("N")[..8];
        var owner = await host.CreateHostAsync();
        var request = ListingsTestApi.ValidRequest("Original title") with { Address = new AddressDto("Main street 1", city, null, null, "PT") };
        var first = await owner.CreateListingAsync(request);
        await owner.CreateListingAsync(request);
        var query = $"/api/listings?city={Uri.EscapeDataString(city)}&sort=price_asc";

        var cached = await SearchAsync(query + "&pageSize=2");
        cached.Items.Count.ShouldBe(2);
        var clock = Stopwatch.StartNew();
        // Behind the application's back, so nothing could have evicted the page even if something tried.
        await host.ScalarAsync<int>("update listings.listings set title = 'Changed by SQL' where id = @id", ("id", first.Id));

        (await SearchAsync(query + "&pageSize=2")).Items.ShouldAllBe(i => i.Title == "Original title", "the same query within seconds is served from the cache");
        var otherPageSize = await SearchAsync(query + "&pageSize=1");
        otherPageSize.Items.Count.ShouldBe(1, "another page size is another entry");
        otherPageSize.NextCursor.ShouldNotBeNull();
        (await SearchAsync(query + "&pageSize=1&cursor=" + Uri.EscapeDataString(otherPageSize.NextCursor!))).Items.Count.ShouldBe(1);

        string[] titles = [];
        while (clock.Elapsed < TimeSpan.FromSeconds(15) && !titles.Contains("Changed by SQL"))
        {
            await Task.Delay(250);
            titles = [.. (await SearchAsync(query + "&pageSize=2")).Items.Select(i => i.Title)];
        }

        titles.ShouldContain("Changed by SQL");
        // Default expiry 3 s; the margin is for a loaded machine, not for a longer-lived entry.
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8));
    }

    [Fact]
    public void Keys_tell_apart_searches_that_differ_in_anything_the_sql_sees()
    {
        var paris = new SearchCriteria { Text = "loft", City = "Paris" };
        ListingSearchAppService.CacheKey(paris).ShouldBe(ListingSearchAppService.CacheKey(paris with { }));

        ListingSearchAppService.CacheKey(new SearchCriteria { Text = "a|b", City = "c" })
            .ShouldNotBe(ListingSearchAppService.CacheKey(new SearchCriteria { Text = "a", City = "b|c" }));
        // PostgreSQL's lower() decides which spellings match, so the key keeps the case as typed.
        ListingSearchAppService.CacheKey(paris).ShouldNotBe(ListingSearchAppService.CacheKey(paris with { City = "paris" }));
        ListingSearchAppService.CacheKey(paris).ShouldNotBe(ListingSearchAppService.CacheKey(paris with { PageSize = 21 }));
        ListingSearchAppService.CacheKey(paris).ShouldNotBe(ListingSearchAppService.CacheKey(paris with { Cursor = "x" }));
        ListingSearchAppService.CacheKey(paris).ShouldNotBe(ListingSearchAppService.CacheKey(paris with { Sort = SearchSort.PriceAsc }));
        ListingSearchAppService.CacheKey(paris).ShouldNotBe(ListingSearchAppService.CacheKey(paris with { CheckIn = new DateOnly(2027, 1, 1), CheckOut = new DateOnly(2027, 1, 3) }));
    }

    private async Task<CursorPage<ListingSummaryDto>> SearchAsync(string url)
    {
        using var response = await host.CreateClient().GetAsync(url);
        return await response.ShouldBeJsonAsync<CursorPage<ListingSummaryDto>>(HttpStatusCode.OK);
    }
}
