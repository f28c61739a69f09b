namespace StayHub.Listings.Contracts;

/// <summary>A photo of a listing.</summary>
/// <param name="Id">Photo id.</param>
/// <param name="Position">Display order, the lowest first.</param>
/// <param name="Url">URL of the full-size image.</param>
/// <param name="SmallUrl">URL of the small (thumbnail) image.</param>
public sealed record ListingPhotoDto(Guid Id, int Position, string Url, string SmallUrl);
