namespace StayHub.Framework.Imaging;

/// <summary>One square rendition of an upload.</summary>
public sealed record ImageVariant(int Size, byte[] Content);
