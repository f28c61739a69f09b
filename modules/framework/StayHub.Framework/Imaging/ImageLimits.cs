namespace StayHub.Framework.Imaging;

/// <summary>What an upload may be: checked on the raw bytes and on the declared size, before any pixel is decoded.</summary>
public sealed record ImageLimits(long MaxBytes, long MaxPixels, int MaxSide)
{
    /// <summary>Profile and listing photos: 5 MB, 40 megapixels, 12000 px a side (api-contract, issue 3).</summary>
    public static ImageLimits Photo { get; } = new(5 * 1024 * 1024, 40_000_000, 12_000);
}

/// <summary>One square rendition of an upload.</summary>
public sealed record ImageVariant(int Size, byte[] Content);

/// <summary>The re-encoded renditions, largest first, all in <see cref="ContentType"/>, with no metadata.</summary>
public sealed record ProcessedImage(string ContentType, string Extension, int SourceWidth, int SourceHeight, IReadOnlyList<ImageVariant> Variants)
{
    public ImageVariant Variant(int size) => Variants.Single(v => v.Size == size);
}
