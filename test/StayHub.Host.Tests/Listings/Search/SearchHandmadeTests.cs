using static StayHub.Host.Tests.Listings.Search.SearchTestData;

namespace StayHub.Host.Tests.Listings.Search;

/// <summary>Exact answers on the hand-made Testville listings: visibility, ties, photos, holds and stay lengths.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchHandmadeTests(SearchFixture host)
{
    private async Task<List<Guid>> IdsAsync(string query) => [.. (await host.SearchAllAsync(query, 2)).Select(i => i.Id)];

    [Fact]
    public async Task City_is_case_insensitive_and_hides_unpublished_and_deleted_listings()
    {
        (await IdsAsync("?city=TESTVILLE")).ShouldBe([Dunes, Cabin, Loft, Lighthouse]);
    }

    [Fact]
    public async Task Ties_are_broken_by_id_in_every_sort()
    {
        (await IdsAsync("?city=testville&sort=price_asc")).ShouldBe([Lighthouse, Loft, Dunes, Cabin]);
        (await IdsAsync("?city=testville&sort=price_desc")).ShouldBe([Cabin, Dunes, Loft, Lighthouse]);
        (await IdsAsync("?city=testville&sort=rating")).ShouldBe([Lighthouse, Cabin, Dunes, Loft]);
        (await IdsAsync("?city=testville&sort=newest")).ShouldBe([Dunes, Cabin, Loft, Lighthouse]);
        (await IdsAsync("?lat=-45&lng=-150&radiusKm=5&sort=distance")).Take(2).ShouldBe([Lighthouse, Loft]);
    }

    [Fact]
    public async Task Summary_carries_the_first_photo_money_and_coordinates()
    {
        var page = await host.SearchAsync("?country=pn&sort=price_asc&pageSize=1");

        var item = page.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe(Lighthouse);
        item.Title.ShouldBe("Lighthouse keeper cottage");
        item.City.ShouldBe("Testville");
        item.Country.ShouldBe("PN");
        item.Location.Lat.ShouldBe(-45.0, 1e-9);
        item.Location.Lng.ShouldBe(-150.0, 1e-9);
        item.NightlyPrice.ShouldBe(new StayHub.Framework.Contracts.Money(10000, "NZD"));
        item.Rating.ShouldBe(4.90m);
        item.ReviewCount.ShouldBe(12);
        item.PhotoUrl.ShouldBe("/media/h1-first-128.webp");
        item.MaxGuests.ShouldBe(4);
        page.NextCursor.ShouldNotBeNull();
        page.TotalCount.ShouldBeNull();
        (await host.SearchAsync("?country=PN&sort=price_asc&pageSize=2")).Items[1].PhotoUrl.ShouldBeNull();
    }

    [Theory]
    [InlineData("2027-03-12", "2027-03-14", false)] // inside the hold
    [InlineData("2027-03-08", "2027-03-11", false)] // overlaps its first night
    [InlineData("2027-03-14", "2027-03-16", false)] // overlaps its last night
    [InlineData("2027-03-15", "2027-03-18", true)] // arrives the day the hold ends: [) ranges touch, no overlap
    [InlineData("2027-03-07", "2027-03-10", true)] // leaves the day the hold starts
    public async Task Held_nights_exclude_a_listing_from_date_search(string checkIn, string checkOut, bool found)
    {
        var ids = await IdsAsync($"?city=testville&checkIn={checkIn}&checkOut={checkOut}");

        ids.Contains(Cabin).ShouldBe(found);
        ids.ShouldContain(Lighthouse);
    }

    [Fact]
    public async Task A_hold_written_later_by_the_projection_removes_the_listing()
    {
        const string query = "?city=testville&checkIn=2027-06-01&checkOut=2027-06-04";
        (await IdsAsync(query)).ShouldContain(Loft);

        await host.ExecuteAsync(
            "INSERT INTO listings.unavailability (stay_id, listing_id, period) VALUES (@stay, @listing, daterange('2027-06-03', '2027-06-05'))",
            ("stay", Guid.NewGuid()), ("listing", Loft));

        (await IdsAsync(query)).ShouldNotContain(Loft);
        (await IdsAsync(query)).ShouldContain(Lighthouse);
    }

    [Theory]
    [InlineData("2027-04-01", "2027-04-03", false)] // 2 nights < min 3
    [InlineData("2027-04-01", "2027-04-04", true)]
    [InlineData("2027-04-01", "2027-04-06", true)] // 5 = max
    [InlineData("2027-04-01", "2027-04-07", false)] // 6 nights > max 5
    public async Task Stay_length_must_fit_min_and_max_nights(string checkIn, string checkOut, bool found)
    {
        (await IdsAsync($"?city=testville&checkIn={checkIn}&checkOut={checkOut}")).Contains(Dunes).ShouldBe(found);
    }

    [Fact]
    public async Task Each_filter_narrows_the_handmade_set()
    {
        (await IdsAsync("?q=lighthouse")).ShouldBe([Lighthouse]);
        (await IdsAsync("?city=testville&guests=5")).ShouldBe([Dunes, Cabin]);
        (await IdsAsync("?city=testville&amenities=WIFI,hot_tub")).ShouldBe([Cabin]);
        (await IdsAsync("?city=testville&currency=nzd&minPrice=12000&maxPrice=16000")).ShouldBe([Dunes]);
        (await IdsAsync("?city=testville&currency=EUR")).ShouldBeEmpty();
        (await IdsAsync("?bbox=-150.005,-45.005,-149.98,-44.98&sort=price_asc")).ShouldBe([Lighthouse, Loft, Dunes]);
        (await IdsAsync("?lat=-45&lng=-150&radiusKm=1&sort=price_asc")).ShouldBe([Lighthouse, Loft]);
        (await IdsAsync("?q=cabin&country=PN&guests=6&amenities=wifi&currency=NZD&maxPrice=20000&checkIn=2027-03-15&checkOut=2027-03-17&lat=-45&lng=-150&radiusKm=5"))
            .ShouldBe([Cabin]);
    }
}
