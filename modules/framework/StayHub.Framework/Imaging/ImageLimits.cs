using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Imaging;

/// <summary>What an upload may be: checked on the raw bytes and on the declared size, before any pixel is decoded.</summary>
public sealed record ImageLimits(long MaxBytes, long MaxPixels, int MaxSide)
{
    /// <summary>Profile and listing photos: 5 MB, 40 megapixels, 12000 px a side (api-contract, issue 3).</summary>
    public static ImageLimits Photo { get; } = new(UploadLimits.PhotoBytes, 40_000_000, 12_000);
}
