using NpgsqlTypes;
using StayHub.Framework.Domain;

namespace StayHub.Listings.Domain;

internal static class PropertyTypes
{
    public static readonly IReadOnlyList<string> All = ["apartment", "house", "room", "cabin", "villa", "other"];
}
