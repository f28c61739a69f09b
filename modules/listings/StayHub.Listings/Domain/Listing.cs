using NetTopologySuite.Geometries;
using NpgsqlTypes;
using StayHub.Framework.Domain;

namespace StayHub.Listings.Domain;

/// <summary>A place a host offers. Prices are integer minor units of <see cref="Currency"/>.</summary>
internal sealed class Listing : Entity, IHasCreationTime
{
    public const int MaxPhotos = 20;

    private readonly List<ListingPhoto> photos = [];

    private Listing()
    {
    }

    public Listing(Guid hostId, ListingDetails details, DateTimeOffset now)
    {
        HostId = hostId;
        Status = ListingStatus.Published;
        CreatedAt = now;
        Apply(details, now);
    }

    public Guid HostId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public string PropertyType { get; private set; } = string.Empty;

    public string AddressLine1 { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    public string? Region { get; private set; }

    public string? PostalCode { get; private set; }

    public string Country { get; private set; } = string.Empty;

    /// <summary>Where the listing is shown to everyone and searched: <see cref="ExactLocation"/> moved by a few hundred metres.</summary>
    public Point Location { get; private set; } = null!;

    /// <summary>Where it really is: for the host, moderators and guests with a confirmed stay only.</summary>
    public Point ExactLocation { get; private set; } = null!;

    public int MaxGuests { get; private set; }

    public int Bedrooms { get; private set; }

    public int Beds { get; private set; }

    public int Bathrooms { get; private set; }

    public long NightlyPrice { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public long CleaningFee { get; private set; }

    public List<string> Amenities { get; private set; } = [];

    public int MinNights { get; private set; }

    public int MaxNights { get; private set; }

    public bool InstantBook { get; private set; }

    public string CancellationPolicy { get; private set; } = string.Empty;

    public TimeOnly CheckInTime { get; private set; }

    public TimeOnly CheckOutTime { get; private set; }

    public string? HouseRules { get; private set; }

    public string Status { get; private set; } = ListingStatus.Published;

    public DateTimeOffset? DeletedAt { get; private set; }

    public decimal? Rating { get; private set; }

    public int ReviewCount { get; private set; }

    /// <summary>The reviews module's change counter of the rating last applied; older deliveries are ignored.</summary>
    public long RatingSequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Computed by PostgreSQL (a stored generated column); never written by the application.</summary>
    public NpgsqlTsVector Search { get; private set; } = null!;

    /// <summary>PostgreSQL's xmin: changes on every row update, so a stale write is detected.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<ListingPhoto> Photos => photos;

    public bool IsDeleted => DeletedAt is not null;

    public bool IsPublished => Status == ListingStatus.Published;

    public void Apply(ListingDetails d, DateTimeOffset now)
    {
        Title = d.Title;
        Description = d.Description;
        PropertyType = d.PropertyType;
        AddressLine1 = d.AddressLine1;
        City = d.City;
        Region = d.Region;
        PostalCode = d.PostalCode;
        Country = d.Country;
        // NTS points are (x = longitude, y = latitude); SRID 4326 is what the geography column stores.
        var exact = new Point(d.Longitude, d.Latitude) { SRID = 4326 };
        if (ExactLocation is null || !ExactLocation.EqualsExact(exact))
        {
            // A new approximate point only when the place moves: redrawing it on every edit would let anyone
            // average the answers back to the exact point.
            ExactLocation = exact;
            Location = ApproximateLocation.Near(exact, Random.Shared);
        }
        MaxGuests = d.MaxGuests;
        Bedrooms = d.Bedrooms;
        Beds = d.Beds;
        Bathrooms = d.Bathrooms;
        NightlyPrice = d.NightlyPrice;
        Currency = d.Currency;
        CleaningFee = d.CleaningFee;
        Amenities = [.. d.Amenities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        MinNights = d.MinNights;
        MaxNights = d.MaxNights;
        InstantBook = d.InstantBook;
        CancellationPolicy = d.CancellationPolicy;
        CheckInTime = d.CheckInTime;
        CheckOutTime = d.CheckOutTime;
        HouseRules = d.HouseRules;
        UpdatedAt = now;
    }

    public void Publish(DateTimeOffset now) => SetStatus(ListingStatus.Published, now);

    public void Unpublish(DateTimeOffset now) => SetStatus(ListingStatus.Unpublished, now);

    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>Appends a photo at the end; the first photo is the listing's cover.</summary>
    public ListingPhoto AddPhoto(string url, string smallUrl, DateTimeOffset now)
    {
        if (photos.Count >= MaxPhotos)
        {
            throw new InvalidOperationException($"A listing has at most {MaxPhotos} photos.");
        }

        var position = photos.Count == 0 ? 0 : photos.Max(p => p.Position) + 1;
        var photo = new ListingPhoto(Id, position, url, smallUrl, now);
        photos.Add(photo);
        UpdatedAt = now;
        return photo;
    }

    public ListingPhoto? RemovePhoto(Guid photoId, DateTimeOffset now)
    {
        var photo = photos.Find(p => p.Id == photoId);
        if (photo is null)
        {
            return null;
        }

        photos.Remove(photo);
        UpdatedAt = now;
        return photo;
    }

    /// <summary>
    /// Takes the review totals the reviews module announced, unless a later change (higher
    /// <paramref name="sequence"/>) was already applied: deliveries can arrive twice or out of order.
    /// </summary>
    public bool ApplyRating(decimal? rating, int reviewCount, long sequence)
    {
        if (sequence <= RatingSequence)
        {
            return false;
        }

        Rating = rating;
        ReviewCount = reviewCount;
        RatingSequence = sequence;
        return true;
    }

    private void SetStatus(string status, DateTimeOffset now)
    {
        if (Status == status)
        {
            return;
        }

        Status = status;
        UpdatedAt = now;
    }
}
