namespace StayHub.Framework.Imaging;

/// <summary>Stable codes of uploaded-image failures (profile and listing photos answer with the same ones).</summary>
public static class MediaErrorCodes
{
    /// <summary>413: the file is larger than the limit (5 MB for photos).</summary>
    public const string TooLarge = "media.too_large";

    /// <summary>415: the content is not a JPEG, PNG or WebP image (checked by content, not by name or header), or is animated.</summary>
    public const string UnsupportedType = "media.unsupported_type";

    /// <summary>400: the image declares more pixels than allowed (40 megapixels, 12000 px a side): a decompression bomb.</summary>
    public const string TooManyPixels = "media.too_many_pixels";

    /// <summary>400: the file carries something besides the image (data after its end, HTML, script or PHP).</summary>
    public const string Polyglot = "media.polyglot";

    /// <summary>400: the file claims an image format but cannot be decoded.</summary>
    public const string InvalidImage = "media.invalid_image";
}
