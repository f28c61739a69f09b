using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Listings.Search;

[Collection(SearchCollection.Name)]
public sealed class SearchValidationTests(SearchFixture host)
{
    [Theory]
    [InlineData("?lat=abc&lng=2", "lat")]
    [InlineData("?lat=91&lng=2", "lat")]
    [InlineData("?lat=48", "lng")]
    [InlineData("?lng=2", "lat")]
    [InlineData("?lat=48&lng=2&radiusKm=501", "radiusKm")]
    [InlineData("?lat=48&lng=2&radiusKm=0", "radiusKm")]
    [InlineData("?radiusKm=5", "radiusKm")]
    [InlineData("?bbox=1,2,3", "bbox")]
    [InlineData("?bbox=10,0,5,1", "bbox")]
    [InlineData("?bbox=a,b,c,d", "bbox")]
    [InlineData("?checkIn=2027-01-01", "checkOut")]
    [InlineData("?checkOut=2027-01-01", "checkIn")]
    [InlineData("?checkIn=2027-01-05&checkOut=2027-01-05", "checkOut")]
    [InlineData("?checkIn=2027-01-01&checkOut=2028-01-02", "checkOut")]
    [InlineData("?checkIn=2027-13-01&checkOut=2027-12-02", "checkIn")]
    [InlineData("?guests=0", "guests")]
    [InlineData("?guests=two", "guests")]
    [InlineData("?minPrice=-1&currency=EUR", "minPrice")]
    [InlineData("?minPrice=100", "currency")]
    [InlineData("?maxPrice=100&minPrice=200&currency=EUR", "maxPrice")]
    [InlineData("?currency=XYZ", "currency")]
    [InlineData("?country=FRA", "country")]
    [InlineData("?amenities=wi%20fi", "amenities")]
    [InlineData("?sort=cheapest", "sort")]
    [InlineData("?sort=relevance", "sort")]
    [InlineData("?sort=distance", "sort")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    [InlineData("?cursor=%25%25not-base64", "cursor")]
    public async Task Invalid_parameters_are_400_keyed_by_parameter(string query, string key)
    {
        using var response = await host.CreateClient().GetAsync("/api/listings" + query);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldContain(key, problem.Raw);
    }

    [Fact]
    public async Task Q_longer_than_200_characters_is_rejected()
    {
        using var response = await host.CreateClient().GetAsync("/api/listings?q=" + new string('a', 201));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldContain("q");
    }

    [Theory]
    [InlineData("?city=Paris&sort=price_desc")] // other sort
    [InlineData("?city=Lyon&sort=price_asc")] // other filter value
    [InlineData("?city=Paris&sort=price_asc&guests=2")] // extra filter
    [InlineData("?sort=price_asc")] // filter dropped
    public async Task A_cursor_from_another_search_is_400(string otherQuery)
    {
        var first = await host.SearchAsync("?city=Paris&sort=price_asc&pageSize=5");
        first.NextCursor.ShouldNotBeNull();

        using var response = await host.CreateClient().GetAsync($"/api/listings{otherQuery}&cursor={Uri.EscapeDataString(first.NextCursor)}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldContain("cursor");
    }

    [Fact]
    public async Task The_same_search_accepts_its_cursor_even_with_another_page_size_and_spelling()
    {
        var first = await host.SearchAsync("?city=Paris&sort=price_asc&pageSize=5");

        var second = await host.SearchAsync($"?city=paris&sort=PRICE_ASC&pageSize=7&cursor={Uri.EscapeDataString(first.NextCursor!)}");

        second.Items.Count.ShouldBe(7);
        second.Items.Select(i => i.Id).ShouldNotContain(first.Items[^1].Id);
    }

    [Fact]
    public async Task A_well_formed_but_forged_cursor_is_400()
    {
        var forged = Convert.ToBase64String("{\"H\":\"AAAAAAAAAAAA\",\"Id\":\"00000000-0000-0000-0000-000000000001\",\"Price\":1}"u8.ToArray())
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        using var response = await host.CreateClient().GetAsync($"/api/listings?city=Paris&sort=price_asc&cursor={forged}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldContain("cursor");
    }

    [Fact]
    public async Task Text_that_parses_to_no_terms_returns_an_empty_page()
    {
        var page = await host.SearchAsync("?q=%21%21%21");

        page.Items.ShouldBeEmpty();
        page.NextCursor.ShouldBeNull();
    }
}
