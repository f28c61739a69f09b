using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;

namespace StayHub.Listings.Application.Search;

/// <summary>
/// The keyset position after the last row of a page: that row's sort key and id, plus a hash of the filters
/// and sort that produced it. A position only means something inside the ordering it came from, so a cursor
/// presented with other filters or another sort is refused instead of silently skipping or repeating rows.
/// </summary>
internal sealed record SearchCursorPosition(
    string H,
    Guid Id,
    long? Price = null,
    DateTime? CreatedAt = null,
    decimal? Rating = null,
    float? Rank = null,
    double? Distance = null);
