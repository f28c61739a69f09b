namespace StayHub.Host.Tests.Listings.Search;

/// <summary>
/// On the generated listings, every filter and sort — alone and combined — paged to the end through the API
/// must give exactly the rows, in exactly the order, of a plain reference query (no keyset, no LIMIT): no
/// duplicates, no gaps, stable ties.
/// </summary>
[Collection(SearchCollection.Name)]
public sealed class SearchReferenceTests(SearchFixture host)
{
    private const string Visible = "status = 'published' AND deleted_at IS NULL";
    private const string Barcelona = "ST_SetSRID(ST_MakePoint(2.17, 41.39), 4326)::geography";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly string In = Today.AddDays(20).ToString("yyyy-MM-dd");
    private static readonly string Out = Today.AddDays(25).ToString("yyyy-MM-dd");
    private static readonly string Free = $"min_nights <= 5 AND max_nights >= 5 AND NOT EXISTS (SELECT 1 FROM listings.unavailability u WHERE u.listing_id = l.id AND u.period && daterange('{In}', '{Out}'))";

    public static TheoryData<string, string, string, int> Cases() => new()
    {
        { "everything, newest", "", "TRUE", 100 },
        { "city, price_asc", "?city=PARIS&sort=price_asc", "lower(city) = 'paris' ORDER BY nightly_price, id", 7 },
        { "country, price_desc", "?country=fr&sort=price_desc", "country = 'FR' ORDER BY nightly_price DESC, id DESC", 50 },
        { "rating", "?sort=rating", "TRUE ORDER BY rating DESC NULLS LAST, id", 100 },
        { "text, relevance", "?q=balcony", "search @@ websearch_to_tsquery('simple', 'balcony') ORDER BY ts_rank(search, websearch_to_tsquery('simple', 'balcony')) DESC, id", 40 },
        { "text phrase + country", "?q=%22old%20town%22%20-cabin&country=ES&sort=newest", "country = 'ES' AND search @@ websearch_to_tsquery('simple', '\"old town\" -cabin')", 10 },
        { "radius, distance", "?lat=41.39&lng=2.17&radiusKm=6&sort=distance", $"ST_DWithin(location, {Barcelona}, 6000) ORDER BY location <-> {Barcelona}, id", 9 },
        { "nearest, no radius", "?lat=41.39&lng=2.17&sort=distance", $"TRUE ORDER BY location <-> {Barcelona}, id", 100 },
        { "radius, newest", "?lat=41.39&lng=2.17&radiusKm=4", $"ST_DWithin(location, {Barcelona}, 4000)", 10 },
        { "bbox", "?bbox=-0.2,51.45,-0.05,51.55&sort=price_asc", "ST_X(location::geometry) BETWEEN -0.2 AND -0.05 AND ST_Y(location::geometry) BETWEEN 51.45 AND 51.55 ORDER BY nightly_price, id", 13 },
        { "dates", $"?checkIn={In}&checkOut={Out}", Free, 100 },
        { "guests", "?guests=9&sort=rating", "max_guests >= 9 ORDER BY rating DESC NULLS LAST, id", 30 },
        { "price", "?currency=eur&minPrice=10000&maxPrice=15000&sort=price_asc", "currency = 'EUR' AND nightly_price BETWEEN 10000 AND 15000 ORDER BY nightly_price, id", 100 },
        { "amenities", "?amenities=pool,hot_tub&sort=newest", "amenities @> '{pool,hot_tub}'", 25 },
        { "combined city", $"?city=Paris&amenities=wifi&guests=2&checkIn={In}&checkOut={Out}&currency=EUR&maxPrice=20000&sort=price_asc",
            $"lower(city) = 'paris' AND amenities @> '{{wifi}}' AND max_guests >= 2 AND {Free} AND currency = 'EUR' AND nightly_price <= 20000 ORDER BY nightly_price, id", 11 },
        { "combined geo + text", "?q=garden&lat=48.85&lng=2.35&radiusKm=15&sort=relevance",
            "search @@ websearch_to_tsquery('simple', 'garden') AND ST_DWithin(location, ST_SetSRID(ST_MakePoint(2.35, 48.85), 4326)::geography, 15000) ORDER BY ts_rank(search, websearch_to_tsquery('simple', 'garden')) DESC, id", 20 },
        { "combined country + dates + rating", $"?country=US&checkIn={In}&checkOut={Out}&guests=3&sort=rating", $"country = 'US' AND max_guests >= 3 AND {Free} ORDER BY rating DESC NULLS LAST, id", 33 },
        { "combined bbox + amenities + distance", "?bbox=2.0,41.3,2.4,41.5&lat=41.39&lng=2.17&sort=distance&amenities=wifi",
            $"ST_X(location::geometry) BETWEEN 2.0 AND 2.4 AND ST_Y(location::geometry) BETWEEN 41.3 AND 41.5 AND amenities @> '{{wifi}}' ORDER BY location <-> {Barcelona}, id", 17 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Paging_to_the_end_matches_the_reference_query(string name, string query, string reference, int pageSize)
    {
        var order = reference.Contains("ORDER BY", StringComparison.Ordinal) ? string.Empty : " ORDER BY created_at DESC, id DESC";
        var expected = await host.IdsAsync($"SELECT id FROM listings.listings l WHERE {Visible} AND {reference}{order}");

        var actual = (await host.SearchAllAsync(query, pageSize)).Select(i => i.Id).ToList();

        expected.Count.ShouldBeGreaterThan(pageSize, $"{name}: the case must span several pages");
        actual.Distinct().Count().ShouldBe(actual.Count, $"{name}: duplicates across pages");
        actual.ShouldBe(expected, $"{name}: rows or order differ from the reference");
    }
}
