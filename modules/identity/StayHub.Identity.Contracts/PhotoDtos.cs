namespace StayHub.Identity.Contracts;

/// <summary>The answer to a profile photo upload.</summary>
/// <param name="PhotoUrl">Site-relative URL of the 512 px rendition (<c>/media/avatars/{userId}/{random}-512.webp</c>);
/// the 128 px thumbnail has the same URL ending in <c>-128.webp</c>. A new upload always gets a new URL.</param>
public sealed record ProfilePhotoDto(string PhotoUrl);
