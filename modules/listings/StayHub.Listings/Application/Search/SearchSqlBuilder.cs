using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace StayHub.Listings.Application.Search;

/// <summary>
/// Builds the search SQL from fixed fragments; every user value travels as a typed parameter (never in the
/// text). Each filter is written the way one of the partial indexes on listings (all with
/// <c>status = 'published' AND deleted_at IS NULL</c>, repeated verbatim here so the planner can use them)
/// can serve it; docs/search.md lists which index serves what.
/// </summary>
internal static class SearchSqlBuilder
{
    private const string Point = "ST_SetSRID(ST_MakePoint(@lng, @lat), 4326)::geography";
    private const string Rank = "ts_rank(l.search, websearch_to_tsquery('simple', @q))";

    /// <summary>
    /// Newest first as a distance the GiST <c>(location, created_at)</c> index can stream (btree_gist's KNN
    /// <c>&lt;-&gt;</c>), for searches a place already narrows. The reference instant is fixed and far enough ahead
    /// that every distance stays below 2^53 µs, so the index's float8 distances order exactly like created_at.
    /// </summary>
    private const string NewestByDistance = "l.created_at <-> '2200-01-01 00:00:00+00'::timestamptz";

    /// <summary>
    /// Inner query: filters, order and LIMIT on listings alone, so the planner can walk an index in sort order
    /// and stop early. Outer query: coordinates and the first photo for the page's rows only.
    /// </summary>
    public static NpgsqlCommand Build(SearchCriteria c, SearchCursorPosition? after, NpgsqlCommand command)
    {
        var p = command.Parameters;
        var where = new StringBuilder("l.status = 'published' AND l.deleted_at IS NULL");

        if (c.Text is not null)
        {
            where.Append(" AND l.search @@ websearch_to_tsquery('simple', @q)");
            p.Add(new NpgsqlParameter<string>("q", NpgsqlDbType.Text) { TypedValue = c.Text });
        }

        if (c.City is not null)
        {
            // lower() on both sides: the index is on lower(city), and the same function folds both.
            where.Append(" AND lower(l.city) = lower(@city)");
            p.Add(new NpgsqlParameter<string>("city", NpgsqlDbType.Text) { TypedValue = c.City });
        }

        if (c.Country is not null)
        {
            where.Append(" AND l.country = @country");
            p.Add(new NpgsqlParameter<string>("country", NpgsqlDbType.Text) { TypedValue = c.Country });
        }

        if (c.Near is { } near)
        {
            p.Add(new NpgsqlParameter<double>("lat", NpgsqlDbType.Double) { TypedValue = near.Lat });
            p.Add(new NpgsqlParameter<double>("lng", NpgsqlDbType.Double) { TypedValue = near.Lng });
            if (c.RadiusGiven || c.Sort != SearchSort.Distance)
            {
                where.Append($" AND ST_DWithin(l.location, {Point}, @radius)");
                p.Add(new NpgsqlParameter<double>("radius", NpgsqlDbType.Double) { TypedValue = near.RadiusMeters });
            }
        }

        if (c.Box is { } box)
        {
            // The GiST index is on geography, so the index condition is && with the box cast to geography, widened
            // by ~1 km and segmentized (edges then follow parallels within metres, not great circles) so it
            // contains the whole rectangle; the exact test is then plain lat/lng bounds, as a map shows the box.
            where.Append(" AND l.location && ST_Segmentize(ST_MakeEnvelope(greatest(@minLng - 0.01, -180), greatest(@minLat - 0.01, -90),"
                + " least(@maxLng + 0.01, 180), least(@maxLat + 0.01, 90), 4326), 0.5)::geography"
                + " AND ST_X(l.location::geometry) BETWEEN @minLng AND @maxLng AND ST_Y(l.location::geometry) BETWEEN @minLat AND @maxLat");
            p.Add(new NpgsqlParameter<double>("minLng", NpgsqlDbType.Double) { TypedValue = box.MinLng });
            p.Add(new NpgsqlParameter<double>("minLat", NpgsqlDbType.Double) { TypedValue = box.MinLat });
            p.Add(new NpgsqlParameter<double>("maxLng", NpgsqlDbType.Double) { TypedValue = box.MaxLng });
            p.Add(new NpgsqlParameter<double>("maxLat", NpgsqlDbType.Double) { TypedValue = box.MaxLat });
        }

        if (c.CheckIn is { } checkIn && c.CheckOut is { } checkOut)
        {
            // The GiST (listing_id, period) index on the projection of booking holds answers this per listing.
            where.Append(" AND l.min_nights <= @nights AND l.max_nights >= @nights AND NOT EXISTS (SELECT 1 FROM listings.unavailability u"
                + " WHERE u.listing_id = l.id AND u.period && daterange(@checkIn, @checkOut))");
            p.Add(new NpgsqlParameter<int>("nights", NpgsqlDbType.Integer) { TypedValue = c.Nights });
            p.Add(new NpgsqlParameter<DateOnly>("checkIn", NpgsqlDbType.Date) { TypedValue = checkIn });
            p.Add(new NpgsqlParameter<DateOnly>("checkOut", NpgsqlDbType.Date) { TypedValue = checkOut });
        }

        if (c.Guests is { } guests)
        {
            where.Append(" AND l.max_guests >= @guests");
            p.Add(new NpgsqlParameter<int>("guests", NpgsqlDbType.Integer) { TypedValue = guests });
        }

        if (c.Currency is not null)
        {
            where.Append(" AND l.currency = @currency");
            p.Add(new NpgsqlParameter<string>("currency", NpgsqlDbType.Text) { TypedValue = c.Currency });
        }

        if (c.MinPrice is { } min)
        {
            where.Append(" AND l.nightly_price >= @minPrice");
            p.Add(new NpgsqlParameter<long>("minPrice", NpgsqlDbType.Bigint) { TypedValue = min });
        }

        if (c.MaxPrice is { } max)
        {
            where.Append(" AND l.nightly_price <= @maxPrice");
            p.Add(new NpgsqlParameter<long>("maxPrice", NpgsqlDbType.Bigint) { TypedValue = max });
        }

        if (c.Amenities.Count > 0)
        {
            where.Append(" AND l.amenities @> @amenities");
            p.Add(new NpgsqlParameter<string[]>("amenities", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. c.Amenities] });
        }

        var (key, innerOrder, outerOrder) = Ordering(c.Sort);
        if (c.Sort == SearchSort.Newest && (c.Box is not null || c.Near is not null))
        {
            // The location index would otherwise return every match in the place for a sort (thousands of heap rows
            // for a city-sized box); this streams the place's rows newest-first and stops after the page. Ordered by
            // the distance alone (id would force a sort), WITH TIES keeps rows tied with the last one.
            innerOrder = $"{NewestByDistance} FETCH FIRST @limit ROWS WITH TIES";
        }

        if (after is not null)
        {
            where.Append(" AND ").Append(Keyset(c.Sort, after, p));
        }

        p.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = c.PageSize + 1 });
        command.CommandText =
            "SELECT s.id, s.title, s.city, s.country, ST_Y(s.location::geometry), ST_X(s.location::geometry), s.nightly_price, s.currency,"
            + " s.rating, s.review_count, s.max_guests, s.created_at, s.sort_key,"
            + " (SELECT ph.small_url FROM listings.listing_photos ph WHERE ph.listing_id = s.id ORDER BY ph.position LIMIT 1)"
            + " FROM (SELECT l.id, l.title, l.city, l.country, l.location, l.nightly_price, l.currency, l.rating, l.review_count,"
            + $" l.max_guests, l.created_at, {key} AS sort_key FROM listings.listings l WHERE {where} ORDER BY {innerOrder}) s"
            + $" ORDER BY {outerOrder}";
        return command;
    }

    /// <summary>Sort key column, ORDER BY on listings (index-shaped) and the same order on the page.</summary>
    private static (string Key, string Inner, string Outer) Ordering(SearchSort sort) => sort switch
    {
        SearchSort.PriceAsc => ("NULL::float8", "l.nightly_price, l.id LIMIT @limit", "s.nightly_price, s.id"),
        SearchSort.PriceDesc => ("NULL::float8", "l.nightly_price DESC, l.id DESC LIMIT @limit", "s.nightly_price DESC, s.id DESC"),
        SearchSort.Rating => ("NULL::float8", "l.rating DESC NULLS LAST, l.id LIMIT @limit", "s.rating DESC NULLS LAST, s.id"),
        SearchSort.Newest => ("NULL::float8", "l.created_at DESC, l.id DESC LIMIT @limit", "s.created_at DESC, s.id DESC"),
        SearchSort.Relevance => ($"{Rank}::float8", $"{Rank} DESC, l.id LIMIT @limit", "s.sort_key DESC, s.id"),
        // <-> on geography is the sphere distance the GiST index orders by (KNN); the cursor keeps the same value.
        // Ordered by distance alone so the GiST index streams nearest-first (adding id would sort every match);
        // WITH TIES keeps every row tied with the last one, and the page is then cut in (distance, id) order.
        SearchSort.Distance => ($"l.location <-> {Point}", $"l.location <-> {Point} FETCH FIRST @limit ROWS WITH TIES", "s.sort_key, s.id"),
        _ => throw new InvalidOperationException("Unknown sort."),
    };

    private static string Keyset(SearchSort sort, SearchCursorPosition after, NpgsqlParameterCollection p)
    {
        p.Add(new NpgsqlParameter<Guid>("afterId", NpgsqlDbType.Uuid) { TypedValue = after.Id });
        switch (sort)
        {
            case SearchSort.PriceAsc or SearchSort.PriceDesc:
                p.Add(new NpgsqlParameter<long>("afterPrice", NpgsqlDbType.Bigint) { TypedValue = after.Price!.Value });
                return sort == SearchSort.PriceAsc ? "(l.nightly_price, l.id) > (@afterPrice, @afterId)" : "(l.nightly_price, l.id) < (@afterPrice, @afterId)";
            case SearchSort.Newest:
                p.Add(new NpgsqlParameter<DateTime>("afterCreated", NpgsqlDbType.TimestampTz) { TypedValue = DateTime.SpecifyKind(after.CreatedAt!.Value, DateTimeKind.Utc) });
                return "(l.created_at, l.id) < (@afterCreated, @afterId)";
            case SearchSort.Rating when after.Rating is { } rating:
                p.Add(new NpgsqlParameter<decimal>("afterRating", NpgsqlDbType.Numeric) { TypedValue = rating });
                return "(l.rating < @afterRating OR (l.rating = @afterRating AND l.id > @afterId) OR l.rating IS NULL)";
            case SearchSort.Rating:
                return "(l.rating IS NULL AND l.id > @afterId)";
            case SearchSort.Relevance:
                // Compared as float8 on both sides: the float4 rank widens exactly, so equal ranks stay equal.
                p.Add(new NpgsqlParameter<double>("afterKey", NpgsqlDbType.Double) { TypedValue = after.Rank!.Value });
                return $"({Rank}::float8 < @afterKey OR ({Rank}::float8 = @afterKey AND l.id > @afterId))";
            case SearchSort.Distance:
                p.Add(new NpgsqlParameter<double>("afterKey", NpgsqlDbType.Double) { TypedValue = after.Distance!.Value });
                return $"(l.location <-> {Point}, l.id) > (@afterKey, @afterId)";
            default:
                throw new InvalidOperationException("Unknown sort.");
        }
    }
}
