using System.Globalization;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Framework.Text;

namespace StayHub.Listings.Application.Listings;

internal static class ListingMapper
{
    /// <summary>
    /// The listing as its host sees it (<paramref name="exact"/>), or as anyone may: no street line or postcode, and
    /// the approximate point.
    /// </summary>
    public static ListingDto ToDto(Listing l, bool exact = true)
    {
        var photos = l.Photos.OrderBy(p => p.Position).Select(p => new ListingPhotoDto(p.Id, p.Position, p.Url, p.SmallUrl)).ToList();
        return new ListingDto(
            l.Id,
            l.HostId,
            l.Title,
            l.Description,
            l.PropertyType,
            new AddressDto(exact ? l.AddressLine1 : null, l.City, l.Region, exact ? l.PostalCode : null, l.Country),
            exact ? new LocationDto(l.ExactLocation.Y, l.ExactLocation.X) : new LocationDto(l.Location.Y, l.Location.X),
            l.MaxGuests,
            l.Bedrooms,
            l.Beds,
            l.Bathrooms,
            new Money(l.NightlyPrice, l.Currency),
            new Money(l.CleaningFee, l.Currency),
            l.Amenities,
            l.MinNights,
            l.MaxNights,
            l.InstantBook,
            l.CancellationPolicy,
            FormatTime(l.CheckInTime),
            FormatTime(l.CheckOutTime),
            l.HouseRules,
            l.Status,
            l.Rating,
            l.ReviewCount,
            photos.Count > 0 ? photos[0].Url : null,
            photos,
            l.CreatedAt,
            l.UpdatedAt,
            l.Version,
            exact ? LocationPrecisions.Exact : LocationPrecisions.Approximate);
    }

    /// <summary>Assumes a validated request (<see cref="ListingRequestValidator"/> ran in the endpoint filter).</summary>
    public static ListingDetails ToDetails(ListingRequest r) => new(
        r.Title!.Trim(),
        r.Description!.Trim(),
        r.PropertyType!,
        r.Address!.Line1!.Trim(),
        r.Address.City!.Trim(),
        r.Address.Region.TrimmedOrNull(),
        r.Address.PostalCode.TrimmedOrNull(),
        r.Address.Country!,
        r.Location!.Lat!.Value,
        r.Location.Lng!.Value,
        r.MaxGuests!.Value,
        r.Bedrooms!.Value,
        r.Beds!.Value,
        r.Bathrooms!.Value,
        r.NightlyPrice!.Amount,
        r.NightlyPrice.Currency,
        r.CleaningFee!.Amount,
        r.Amenities ?? [],
        r.MinNights!.Value,
        r.MaxNights!.Value,
        r.InstantBook!.Value,
        r.CancellationPolicy!,
        ParseTime(r.CheckInTime!),
        ParseTime(r.CheckOutTime!),
        r.HouseRules.TrimmedOrNull());

    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly ParseTime(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
