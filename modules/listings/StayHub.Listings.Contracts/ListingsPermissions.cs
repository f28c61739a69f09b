namespace StayHub.Listings.Contracts;

/// <summary>Permission names of the listings module.</summary>
public static class ListingsPermissions
{
    /// <summary>Create listings and manage one's own (hosts).</summary>
    public const string ListingsManageOwn = "Listings.Listing.Create";

    /// <summary>See and moderate every listing: publish, unpublish (admins).</summary>
    public const string ListingsModerate = "Listings.Listing.Moderate";
}
