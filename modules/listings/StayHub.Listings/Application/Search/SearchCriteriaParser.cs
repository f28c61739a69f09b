using System.Globalization;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Framework.Text;

namespace StayHub.Listings.Application.Search;

/// <summary>
/// Turns the wire query into <see cref="SearchCriteria"/>, collecting one message per bad parameter (keyed by
/// its query-string name). The validator reports the errors; the service parses again only after validation
/// passed, so both always agree on what is valid.
/// </summary>
internal static class SearchCriteriaParser
{
    public const int MaxTextLength = 200;
    public const double MaxRadiusKm = 500;
    public const double DefaultRadiusKm = 25;
    public const int MaxNights = 365;
    public const int MaxAmenities = 20;

    public static SearchCriteria Parse(ListingSearchQuery query, out Dictionary<string, string> errors)
    {
        var e = new Dictionary<string, string>();
        errors = e;

        var text = query.Q.TrimmedOrNull();
        if (text is { Length: > MaxTextLength })
        {
            e["q"] = $"q must be at most {MaxTextLength} characters.";
        }

        var city = query.City.TrimmedOrNull();
        if (city is { Length: > 100 })
        {
            e["city"] = "city must be at most 100 characters.";
        }

        var country = query.Country.TrimmedOrNull()?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            e["country"] = "country must be an ISO 3166 alpha-2 code such as FR.";
        }

        var lat = Number(query.Lat, "lat", -90, 90, e);
        var lng = Number(query.Lng, "lng", -180, 180, e);
        if ((query.Lat is null) != (query.Lng is null))
        {
            e[query.Lat is null ? "lat" : "lng"] = "lat and lng go together.";
        }

        var radius = Number(query.RadiusKm, "radiusKm", 0, MaxRadiusKm, e);
        if (radius is <= 0)
        {
            e["radiusKm"] = $"radiusKm must be greater than 0 and at most {MaxRadiusKm}.";
        }

        if (query.RadiusKm is not null && query.Lat is null && query.Lng is null)
        {
            e["radiusKm"] = "radiusKm needs lat and lng.";
        }

        var box = ParseBox(query.Bbox, e);
        var (checkIn, checkOut) = ParseStay(query.CheckIn, query.CheckOut, e);
        var guests = Integer(query.Guests, "guests", 1, 100, e);
        var minPrice = Integer(query.MinPrice, "minPrice", 0, long.MaxValue / 2, e);
        var maxPrice = Integer(query.MaxPrice, "maxPrice", 0, long.MaxValue / 2, e);
        if (minPrice is { } lo && maxPrice is { } hi && lo > hi)
        {
            e["maxPrice"] = "maxPrice must not be below minPrice.";
        }

        var currency = query.Currency.TrimmedOrNull()?.ToUpperInvariant();
        if (currency is not null && !Currencies.IsSupported(currency))
        {
            e["currency"] = "currency must be an ISO 4217 code such as EUR.";
        }
        else if (currency is null && (query.MinPrice is not null || query.MaxPrice is not null))
        {
            // Prices are minor units of one currency; without it a bound would compare yen with euro cents.
            e["currency"] = "currency is required with minPrice or maxPrice.";
        }

        var amenities = (query.Amenities.TrimmedOrNull() ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (amenities.Count > MaxAmenities || amenities.Any(a => a.Length > 50 || !a.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            e["amenities"] = $"amenities must be at most {MaxAmenities} comma-separated codes such as wifi,pool.";
        }

        var sort = ParseSort(query.Sort, text is not null, lat is not null && lng is not null, e);
        var pageSize = (int?)Integer(query.PageSize, "pageSize", 1, Paging.MaxPageSize, e) ?? Paging.DefaultPageSize;
        if (query.Cursor is { Length: > 1024 })
        {
            e["cursor"] = "The cursor is not valid.";
        }

        return new SearchCriteria
        {
            Text = text,
            City = city,
            Country = country,
            Near = lat is { } la && lng is { } ln ? new GeoCircle(la, ln, (radius ?? DefaultRadiusKm) * 1000) : null,
            RadiusGiven = radius is not null,
            Box = box,
            CheckIn = checkIn,
            CheckOut = checkOut,
            Guests = (int?)guests,
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            Currency = currency,
            Amenities = amenities,
            Sort = sort,
            PageSize = pageSize,
            Cursor = string.IsNullOrEmpty(query.Cursor) ? null : query.Cursor,
        };
    }


    private static double? Number(string? raw, string name, double min, double max, Dictionary<string, string> e)
    {
        if (raw is null)
        {
            return null;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            e[name] = $"{name} must be a number between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.";
            return null;
        }

        return value;
    }

    private static long? Integer(string? raw, string name, long min, long max, Dictionary<string, string> e)
    {
        if (raw is null)
        {
            return null;
        }

        if (!long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            e[name] = max >= long.MaxValue / 2 ? $"{name} must be a whole number of at least {min}." : $"{name} must be a whole number between {min} and {max}.";
            return null;
        }

        return value;
    }

    private static BoundingBox? ParseBox(string? raw, Dictionary<string, string> e)
    {
        if (raw is null)
        {
            return null;
        }

        var parts = raw.Split(',');
        var values = parts.Select(p => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null).ToList();
        if (values.Count != 4 || values.Any(v => v is null))
        {
            e["bbox"] = "bbox must be minLng,minLat,maxLng,maxLat.";
            return null;
        }

        var box = new BoundingBox(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value);
        if (box.MinLng < -180 || box.MaxLng > 180 || box.MinLat < -90 || box.MaxLat > 90 || box.MinLng >= box.MaxLng || box.MinLat >= box.MaxLat)
        {
            // An antimeridian-crossing box (minLng > maxLng) would need two envelopes; clients split it instead.
            e["bbox"] = "bbox must satisfy -180 ≤ minLng < maxLng ≤ 180 and -90 ≤ minLat < maxLat ≤ 90.";
            return null;
        }

        return box;
    }

    private static (DateOnly?, DateOnly?) ParseStay(string? rawIn, string? rawOut, Dictionary<string, string> e)
    {
        var checkIn = Date(rawIn, "checkIn", e);
        var checkOut = Date(rawOut, "checkOut", e);
        if ((rawIn is null) != (rawOut is null))
        {
            e[rawIn is null ? "checkIn" : "checkOut"] = "checkIn and checkOut go together.";
            return (null, null);
        }

        if (checkIn is { } a && checkOut is { } b)
        {
            if (b <= a)
            {
                e["checkOut"] = "checkOut must be after checkIn.";
            }
            else if (b.DayNumber - a.DayNumber > MaxNights)
            {
                e["checkOut"] = $"A stay is at most {MaxNights} nights.";
            }
        }

        return (checkIn, checkOut);
    }

    private static DateOnly? Date(string? raw, string name, Dictionary<string, string> e)
    {
        if (raw is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            e[name] = $"{name} must be a date yyyy-MM-dd.";
            return null;
        }

        return date;
    }

    private static SearchSort ParseSort(string? raw, bool hasText, bool hasPoint, Dictionary<string, string> e)
    {
        var value = raw?.Trim().ToLowerInvariant();
        switch (value)
        {
            case null or "":
                return hasText ? SearchSort.Relevance : SearchSort.Newest;
            case ListingSearchSorts.Relevance when !hasText:
                e["sort"] = "sort=relevance needs q.";
                return SearchSort.Newest;
            case ListingSearchSorts.Distance when !hasPoint:
                e["sort"] = "sort=distance needs lat and lng.";
                return SearchSort.Newest;
            case ListingSearchSorts.Relevance: return SearchSort.Relevance;
            case ListingSearchSorts.PriceAsc: return SearchSort.PriceAsc;
            case ListingSearchSorts.PriceDesc: return SearchSort.PriceDesc;
            case ListingSearchSorts.Rating: return SearchSort.Rating;
            case ListingSearchSorts.Newest: return SearchSort.Newest;
            case ListingSearchSorts.Distance: return SearchSort.Distance;
            default:
                e["sort"] = $"sort must be one of: {string.Join(", ", ListingSearchSorts.All)}.";
                return SearchSort.Newest;
        }
    }
}
