namespace StayHub.Framework.Imaging;

/// <summary>The re-encoded renditions, largest first, all in <see cref="ContentType"/>, with no metadata.</summary>
public sealed record ProcessedImage(string ContentType, string Extension, int SourceWidth, int SourceHeight, IReadOnlyList<ImageVariant> Variants)
{
    public ImageVariant Variant(int size) => Variants.Single(v => v.Size == size);
}
