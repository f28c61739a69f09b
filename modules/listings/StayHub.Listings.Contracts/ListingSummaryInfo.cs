namespace StayHub.Listings.Contracts;

/// <summary>Who owns a listing and what it is called.</summary>
/// <param name="ListingId">Listing id.</param>
/// <param name="HostId">Owner's user id.</param>
/// <param name="Title">Title.</param>
/// <param name="Currency">Charge currency.</param>
public sealed record ListingSummaryInfo(Guid ListingId, Guid HostId, string Title, string Currency);
