using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>Image bodies made in the test for the photo uploads.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width = 320, int height = 240)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(40, 120, 200));
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 85 });
        return output.ToArray();
    }
}
