namespace StayHub.Host.Tests.Listings.Search;

/// <summary>Hand-made listings in "Testville" (PN, NZD), far from the generated cities, with known ties and holds.</summary>
public static class SearchTestData
{
    public static readonly Guid Lighthouse = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Loft = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid Unpublished = Guid.Parse("00000000-0000-0000-0000-0000000000a3");
    public static readonly Guid Deleted = Guid.Parse("00000000-0000-0000-0000-0000000000a4");
    public static readonly Guid Cabin = Guid.Parse("00000000-0000-0000-0000-0000000000a5");
    public static readonly Guid Dunes = Guid.Parse("00000000-0000-0000-0000-0000000000a6");

    /// <summary>Lighthouse and Loft share price, location and creation time, so only the id breaks their ties.</summary>
    public const string HandmadeSql = """
        INSERT INTO listings.listings (id, host_id, title, description, property_type, address_line1, city, region, postal_code,
            country, location, exact_location, max_guests, bedrooms, beds, bathrooms, nightly_price, currency, cleaning_fee, amenities,
            min_nights, max_nights, instant_book, cancellation_policy, check_in_time, check_out_time, house_rules, status,
            deleted_at, rating, review_count, created_at, updated_at)
        SELECT v.id::uuid, '00000000-0000-0000-0000-00000000beef'::uuid, v.title, v.title || ' by the sea, far from everything.', 'house', '1 Shore Road',
            'Testville', 'Outer Isles', '00001', 'PN', ST_SetSRID(ST_MakePoint(v.lng, v.lat), 4326)::geography,
            ST_SetSRID(ST_MakePoint(v.lng, v.lat), 4326)::geography, v.guests, 1, 1, 1,
            v.price, 'NZD', 1000, v.amenities::text[], v.min_nights, v.max_nights, true, 'flexible', time '15:00', time '11:00', NULL,
            v.status, v.deleted_at::timestamptz, v.rating::numeric, v.reviews, v.created::timestamptz, v.created::timestamptz
        FROM (VALUES
            ('00000000-0000-0000-0000-0000000000a1', 'Lighthouse keeper cottage', -150.0, -45.0, 4, 10000, '{fireplace,wifi}', 1, 30, 'published', NULL, '4.90', 12, '2026-01-01T00:00:00Z'),
            ('00000000-0000-0000-0000-0000000000a2', 'Harbour loft', -150.0, -45.0, 2, 10000, '{wifi}', 1, 30, 'published', NULL, NULL, 0, '2026-01-01T00:00:00Z'),
            ('00000000-0000-0000-0000-0000000000a3', 'Unpublished shack', -150.0, -45.0, 2, 5000, '{wifi}', 1, 30, 'unpublished', NULL, NULL, 0, '2026-04-01T00:00:00Z'),
            ('00000000-0000-0000-0000-0000000000a4', 'Deleted lighthouse hut', -150.0, -45.0, 2, 5000, '{wifi}', 1, 30, 'published', '2026-05-01T00:00:00Z', NULL, 0, '2026-04-01T00:00:00Z'),
            ('00000000-0000-0000-0000-0000000000a5', 'Cliff cabin', -150.01, -45.01, 6, 20000, '{hot_tub,wifi}', 1, 30, 'published', NULL, '4.20', 3, '2026-02-01T00:00:00Z'),
            ('00000000-0000-0000-0000-0000000000a6', 'Dune house', -149.99, -44.99, 8, 15000, '{}', 3, 5, 'published', NULL, '4.20', 5, '2026-03-01T00:00:00Z')
        ) AS v(id, title, lng, lat, guests, price, amenities, min_nights, max_nights, status, deleted_at, rating, reviews, created);

        INSERT INTO listings.listing_photos (id, listing_id, position, url, small_url, created_at) VALUES
            ('00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000a1', 1, '/media/h1-second-512.webp', '/media/h1-second-128.webp', now()),
            ('00000000-0000-0000-0000-0000000000f2', '00000000-0000-0000-0000-0000000000a1', 0, '/media/h1-first-512.webp', '/media/h1-first-128.webp', now());

        -- As booking's projection writes a held stay: nights of 10..14 March 2027.
        INSERT INTO listings.unavailability (stay_id, listing_id, period) VALUES
            ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000a5', daterange('2027-03-10', '2027-03-15'));
        """;
}
