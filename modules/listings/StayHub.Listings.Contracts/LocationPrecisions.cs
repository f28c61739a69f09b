namespace StayHub.Listings.Contracts;

/// <summary>How precise a listing's <see cref="ListingDto.Location"/> and <see cref="ListingDto.Address"/> are for the caller.</summary>
public static class LocationPrecisions
{
    /// <summary>The street address, postcode and point as the host entered them: for the host, moderators and guests with a confirmed stay.</summary>
    public const string Exact = "exact";

    /// <summary>City, region and country only, and a point a few hundred metres (150–450 m) from the real one, stable per listing.</summary>
    public const string Approximate = "approximate";
}
