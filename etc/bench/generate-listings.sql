-- Generates synthetic published listings (plus a cover photo and ~3 unavailability rows each) in schema
-- listings. N comes from the setting stayhub.gen_n (default 100000) so that psql and the test suite run the
-- same file:  PGOPTIONS='-c stayhub.gen_n=100000' psql -v ON_ERROR_STOP=1 -f etc/bench/generate-listings.sql
-- Deterministic for a given N (setseed), so benchmark runs compare like with like.
-- Prices are per city in minor units of the city's currency (JPY/ISK whole units); locations scatter
-- ~10 km around real city centres; availability holds sit in the next ~4 months from today.

SELECT setseed(0.42);

CREATE TEMP TABLE gen_city (idx int, city text, region text, country text, currency text, lat float8, lng float8, base bigint);
INSERT INTO gen_city VALUES
 (0,'Paris','Île-de-France','FR','EUR',48.8566,2.3522,15000), (1,'London','England','GB','GBP',51.5074,-0.1278,16000),
 (2,'New York','New York','US','USD',40.7128,-74.0060,22000), (3,'Barcelona','Catalonia','ES','EUR',41.3874,2.1686,12000),
 (4,'Rome','Lazio','IT','EUR',41.9028,12.4964,11000), (5,'Berlin','Berlin','DE','EUR',52.5200,13.4050,9500),
 (6,'Lisbon','Lisbon','PT','EUR',38.7223,-9.1393,9000), (7,'Amsterdam','North Holland','NL','EUR',52.3676,4.9041,17000),
 (8,'Tokyo','Tokyo','JP','JPY',35.6762,139.6503,15000), (9,'San Francisco','California','US','USD',37.7749,-122.4194,24000),
 (10,'Los Angeles','California','US','USD',34.0522,-118.2437,19000), (11,'Miami','Florida','US','USD',25.7617,-80.1918,18000),
 (12,'Madrid','Community of Madrid','ES','EUR',40.4168,-3.7038,10000), (13,'Lyon','Auvergne-Rhône-Alpes','FR','EUR',45.7640,4.8357,9000),
 (14,'Nice','Provence-Alpes-Côte d''Azur','FR','EUR',43.7102,7.2620,13000), (15,'Munich','Bavaria','DE','EUR',48.1351,11.5820,12000),
 (16,'Florence','Tuscany','IT','EUR',43.7696,11.2558,12000), (17,'Edinburgh','Scotland','GB','GBP',55.9533,-3.1883,11000),
 (18,'Toronto','Ontario','CA','CAD',43.6532,-79.3832,17000), (19,'Sydney','New South Wales','AU','AUD',-33.8688,151.2093,20000),
 (20,'Chicago','Illinois','US','USD',41.8781,-87.6298,15000), (21,'Mexico City','Mexico City','MX','MXN',19.4326,-99.1332,120000),
 (22,'Kyoto','Kyoto','JP','JPY',35.0116,135.7681,14000), (23,'Cape Town','Western Cape','ZA','ZAR',-33.9249,18.4241,150000),
 (24,'Bangkok','Bangkok','TH','THB',13.7563,100.5018,150000), (25,'Rio de Janeiro','Rio de Janeiro','BR','BRL',-22.9068,-43.1729,40000),
 (26,'Reykjavik','Capital Region','IS','ISK',64.1466,-21.9426,25000), (27,'Prague','Prague','CZ','CZK',50.0755,14.4378,250000),
 (28,'Istanbul','Istanbul','TR','TRY',41.0082,28.9784,300000), (29,'Marseille','Provence-Alpes-Côte d''Azur','FR','EUR',43.2965,5.3698,9000);

CREATE TEMP TABLE gen_listing AS
SELECT gen_random_uuid() AS id, g.i, r.*
FROM generate_series(1, coalesce(nullif(current_setting('stayhub.gen_n', true), '')::int, 100000)) AS g(i),
LATERAL (SELECT
    -- Skewed towards the first cities: big markets have more listings.
    floor(power(random() + 0 * g.i, 1.7) * 30)::int AS city_idx,
    random() AS r_price, random() AS r_lat, random() AS r_lng, random() AS r_size, random() AS r_rating,
    random() AS r_age, floor(random() * 12)::int AS adj, floor(random() * 9)::int AS kind, floor(random() * 9)::int AS feat,
    random() AS r_status) AS r;

INSERT INTO listings.listings (id, host_id, title, description, property_type, address_line1, city, region, postal_code,
    country, location, exact_location, max_guests, bedrooms, beds, bathrooms, nightly_price, currency, cleaning_fee, amenities,
    min_nights, max_nights, instant_book, cancellation_policy, check_in_time, check_out_time, house_rules, status,
    deleted_at, rating, review_count, created_at, updated_at)
SELECT l.id,
    md5('host' || (l.i % 2000))::uuid,
    (ARRAY['Cosy','Sunny','Modern','Charming','Spacious','Quiet','Bright','Rustic','Elegant','Stylish','Lovely','Historic'])[l.adj + 1]
      || ' ' || (ARRAY['apartment','studio','loft','house','villa','cabin','room','townhouse','cottage'])[l.kind + 1]
      || ' ' || (ARRAY['with balcony','near the beach','with garden','with pool','in the old town','with a view','by the river','near the station','with terrace'])[l.feat + 1]
      || ' in ' || c.city,
    'A ' || lower((ARRAY['Cosy','Sunny','Modern','Charming','Spacious','Quiet','Bright','Rustic','Elegant','Stylish','Lovely','Historic'])[l.adj + 1])
      || ' place to stay in ' || c.city || ', ' || c.region || '. Walk to cafés, museums and parks; fast wifi and a full kitchen.',
    (ARRAY['apartment','apartment','loft','house','villa','cabin','room','house','cottage'])[l.kind + 1],
    (l.i % 300 + 1) || ' Main Street', c.city, c.region, lpad((l.i % 99999)::text, 5, '0'), c.country,
    ST_SetSRID(ST_MakePoint(c.lng + (l.r_lng - 0.5) * 0.24, c.lat + (l.r_lat - 0.5) * 0.18), 4326)::geography,
    -- Generated points are already scattered; the exact one only matters to the detail page.
    ST_SetSRID(ST_MakePoint(c.lng + (l.r_lng - 0.5) * 0.24, c.lat + (l.r_lat - 0.5) * 0.18), 4326)::geography,
    1 + floor(l.r_size * 10)::int, 1 + floor(l.r_size * 4)::int, 1 + floor(l.r_size * 6)::int, 1 + floor(l.r_size * 3)::int,
    -- 0.5× to 2.5× the city's typical price, rounded to whole currency units.
    round(c.base * (0.5 + 2 * power(l.r_price, 1.5)) / 100)::bigint * 100, c.currency, round(c.base * 0.3 / 100)::bigint * 100,
    ARRAY(SELECT a FROM unnest(ARRAY['wifi','kitchen','washer','parking','pool','air_conditioning','heating','tv','workspace',
          'pets_allowed','hot_tub','gym','ev_charger','bbq','sea_view']) WITH ORDINALITY AS t(a, n)
          WHERE random() + 0 * l.i < CASE WHEN n <= 3 THEN 0.85 ELSE 0.25 END ORDER BY a),
    1 + (l.i % 3), CASE WHEN l.i % 5 = 0 THEN 30 ELSE 365 END, l.i % 2 = 0,
    (ARRAY['flexible','moderate','strict'])[l.i % 3 + 1], time '15:00', time '11:00', NULL,
    CASE WHEN l.r_status < 0.96 THEN 'published' ELSE 'unpublished' END,
    CASE WHEN l.r_status > 0.99 THEN now() - interval '3 days' END,
    CASE WHEN l.r_rating < 0.8 THEN round((3 + 2 * l.r_rating / 0.8)::numeric, 2) END,
    CASE WHEN l.r_rating < 0.8 THEN 1 + floor(l.r_rating * 300)::int ELSE 0 END,
    now() - l.r_age * interval '730 days', now() - l.r_age * interval '100 days'
FROM gen_listing l JOIN gen_city c ON c.idx = l.city_idx;

-- A cover photo for 90 % of listings (search shows the first photo's small URL).
INSERT INTO listings.listing_photos (id, listing_id, position, url, small_url, created_at)
SELECT gen_random_uuid(), l.id, 0, '/media/bench/' || l.id || '-512.webp', '/media/bench/' || l.id || '-128.webp', now()
FROM gen_listing l WHERE l.i % 10 <> 0;

-- Three holds per listing, 2-7 nights each, in disjoint 40-day windows from today (as the booking projection writes them).
INSERT INTO listings.unavailability (stay_id, listing_id, period)
SELECT gen_random_uuid(), l.id, daterange(s.start, s.start + 2 + floor(random() * 6)::int)
FROM gen_listing l, LATERAL (SELECT current_date + k * 40 + floor(random() * 30)::int + 0 * l.i AS start FROM generate_series(0, 2) AS k) s;

DROP TABLE gen_listing;
DROP TABLE gen_city;
ANALYZE listings.listings;
ANALYZE listings.listing_photos;
ANALYZE listings.unavailability;
