namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Upload sizes shared by every photo endpoint, so the image check (<c>ImageLimits.Photo</c>) and the request cap
/// (<see cref="UploadAttribute"/>) of profile and listing photos cannot drift apart.
/// </summary>
public static class UploadLimits
{
    /// <summary>Largest photo file: 5 MB (above it the image check answers 413 <c>media.too_large</c>).</summary>
    public const long PhotoBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Largest photo request: the 5 MB image plus 1 MB of multipart framing, so a photo just under the limit is
    /// refused by the image check with its own code rather than by the request cap.
    /// </summary>
    public const long PhotoRequestBytes = PhotoBytes + (1024 * 1024);
}
