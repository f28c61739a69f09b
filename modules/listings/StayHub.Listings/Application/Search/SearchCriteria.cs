namespace StayHub.Listings.Application.Search;

/// <summary>A validated, typed search: what <see cref="SearchSqlBuilder"/> turns into SQL.</summary>
internal sealed record SearchCriteria
{
    public string? Text { get; init; }

    /// <summary>Compared through <c>lower()</c> on both sides in SQL, so PostgreSQL's casing rules apply to both.</summary>
    public string? City { get; init; }

    public string? Country { get; init; }

    /// <summary>Centre of a radius search or of the distance sort; the radius applies only when <see cref="RadiusGiven"/>.</summary>
    public GeoCircle? Near { get; init; }

    /// <summary>lat/lng alone sort by distance without limiting it; radiusKm makes it a filter.</summary>
    public bool RadiusGiven { get; init; }

    public BoundingBox? Box { get; init; }

    public DateOnly? CheckIn { get; init; }

    public DateOnly? CheckOut { get; init; }

    public int? Guests { get; init; }

    public long? MinPrice { get; init; }

    public long? MaxPrice { get; init; }

    public string? Currency { get; init; }

    /// <summary>Sorted and distinct, so the same set always hashes the same.</summary>
    public IReadOnlyList<string> Amenities { get; init; } = [];

    public SearchSort Sort { get; init; } = SearchSort.Newest;

    public int PageSize { get; init; } = 20;

    public string? Cursor { get; init; }

    public int Nights => CheckIn is { } a && CheckOut is { } b ? b.DayNumber - a.DayNumber : 0;
}
