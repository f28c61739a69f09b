namespace StayHub.Listings.Contracts;

/// <summary>A listing's postal address.</summary>
/// <param name="Line1">Street and number, at most 200 characters.</param>
/// <param name="City">City, at most 100 characters.</param>
/// <param name="Region">Region or state, optional, at most 100 characters.</param>
/// <param name="PostalCode">Postal code, optional, at most 20 characters.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code in upper case, e.g. <c>PT</c>.</param>
public sealed record AddressDto(string? Line1, string? City, string? Region, string? PostalCode, string? Country);
