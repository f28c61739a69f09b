using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;

namespace StayHub.Listings.Application.Search;

internal static class SearchCursor
{
    public static SearchCursorPosition? Read(SearchCriteria criteria)
    {
        var position = Cursor.Decode<SearchCursorPosition>(criteria.Cursor);
        if (position is null)
        {
            return null;
        }

        var valid = position.H == Hash(criteria) && criteria.Sort switch
        {
            SearchSort.PriceAsc or SearchSort.PriceDesc => position.Price is not null,
            SearchSort.Newest => position.CreatedAt is not null,
            SearchSort.Relevance => position.Rank is not null,
            SearchSort.Distance => position.Distance is not null,
            _ => true,
        };
        return valid ? position : throw RequestValidationException.ForField("cursor", "The cursor belongs to another search; start again without it.");
    }

    public static string Write(SearchCriteria criteria, SearchRow last) => Cursor.Encode(criteria.Sort switch
    {
        SearchSort.PriceAsc or SearchSort.PriceDesc => new SearchCursorPosition(Hash(criteria), last.Id, Price: last.NightlyPrice),
        SearchSort.Newest => new SearchCursorPosition(Hash(criteria), last.Id, CreatedAt: last.CreatedAt),
        SearchSort.Rating => new SearchCursorPosition(Hash(criteria), last.Id, Rating: last.Rating),
        SearchSort.Relevance => new SearchCursorPosition(Hash(criteria), last.Id, Rank: (float)last.SortKey!),
        SearchSort.Distance => new SearchCursorPosition(Hash(criteria), last.Id, Distance: (double)last.SortKey!),
        _ => throw new InvalidOperationException("Unknown sort."),
    });

    /// <summary>
    /// 72 bits of SHA-256 over every filter and the sort (not pageSize: changing it between pages is harmless).
    /// Enough to tell searches apart; it is not a secret, since a forged position only pages a public list.
    /// </summary>
    internal static string Hash(SearchCriteria c) => Digest(Filters(c, c.City?.ToLowerInvariant()));

    /// <summary>
    /// Every filter and the sort as one string. <paramref name="city"/> is passed in because the cursor folds its
    /// case (a mismatch only needs detecting) while the search cache must not: PostgreSQL's <c>lower()</c> is
    /// the judge of which spellings match, and .NET's folding could make two different searches share a key.
    /// </summary>
    internal static string Filters(SearchCriteria c, string? city)
    {
        static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "-";
        return string.Join('|',
            c.Sort,
            c.Text ?? "-",
            city ?? "-",
            c.Country ?? "-",
            N(c.Near?.Lat), N(c.Near?.Lng), c.RadiusGiven ? N(c.Near?.RadiusMeters) : "-",
            c.Box is { } b ? $"{N(b.MinLng)},{N(b.MinLat)},{N(b.MaxLng)},{N(b.MaxLat)}" : "-",
            c.CheckIn?.ToString("O", CultureInfo.InvariantCulture) ?? "-",
            c.CheckOut?.ToString("O", CultureInfo.InvariantCulture) ?? "-",
            c.Guests?.ToString(CultureInfo.InvariantCulture) ?? "-",
            c.MinPrice?.ToString(CultureInfo.InvariantCulture) ?? "-",
            c.MaxPrice?.ToString(CultureInfo.InvariantCulture) ?? "-",
            c.Currency ?? "-",
            string.Join(',', c.Amenities));
    }

    internal static string Digest(string text) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 9));
}
