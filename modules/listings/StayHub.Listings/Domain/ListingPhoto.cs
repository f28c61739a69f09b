namespace StayHub.Listings.Domain;

/// <summary>One photo of a listing; <see cref="Position"/> orders them (gaps allowed after deletes).</summary>
internal sealed class ListingPhoto
{
    private ListingPhoto()
    {
    }

    public ListingPhoto(Guid listingId, int position, string url, string smallUrl, DateTimeOffset createdAt)
    {
        ListingId = listingId;
        Position = position;
        Url = url;
        SmallUrl = smallUrl;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ListingId { get; private set; }

    public int Position { get; private set; }

    public string Url { get; private set; } = string.Empty;

    public string SmallUrl { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
}
