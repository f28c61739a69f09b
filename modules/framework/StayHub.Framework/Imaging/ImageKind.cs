namespace StayHub.Framework.Imaging;

internal enum ImageKind
{
    Jpeg,
    Png,
    Webp,
}
