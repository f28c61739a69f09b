using NpgsqlTypes;
using StayHub.Framework.Domain;

namespace StayHub.Listings.Domain;

internal static class ListingStatus
{
    public const string Published = "published";
    public const string Unpublished = "unpublished";
}
