using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace StayHub.Framework.Tests.Imaging;

/// <summary>Images made in the test with ImageSharp (no binary fixtures), and hostile files built byte by byte.</summary>
internal static class TestImages
{
    public static readonly Rgba32 Red = new(220, 20, 20);
    public static readonly Rgba32 Blue = new(20, 20, 220);

    public static byte[] Jpeg(int width = 640, int height = 480, ExifProfile? exif = null) => Encode(width, height, new JpegEncoder { Quality = 90 }, exif);

    public static byte[] Png(int width = 640, int height = 480) => Encode(width, height, new PngEncoder());

    /// <summary>A valid PNG with a tEXt comment chunk holding <paramref name="comment"/>.</summary>
    public static byte[] PngWithComment(string comment)
    {
        using var image = Image.Load(Png(64, 64));
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", comment, string.Empty, string.Empty));
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    public static byte[] Webp(int width = 640, int height = 480, ExifProfile? exif = null) =>
        Encode(width, height, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy }, exif);

    /// <summary>GPS position, camera and a comment, as a phone writes them.</summary>
    public static ExifProfile GpsExif()
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(2964, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(2, 1), new Rational(17, 1), new Rational(4020, 100)]);
        exif.SetValue(ExifTag.Make, "StayHubCam");
        exif.SetValue(ExifTag.Model, "Secret Model 9000");
        return exif;
    }

    /// <summary>Left half red, right half blue: which way up it ends shows whether orientation was applied.</summary>
    public static byte[] HalvesJpeg(int width, int height, ushort orientation)
    {
        using var image = new Image<Rgba32>(width, height, Red);
        for (var y = 0; y < height; y++)
        {
            for (var x = width / 2; x < width; x++)
            {
                image[x, y] = Blue;
            }
        }

        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation);
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 95 });
        return output.ToArray();
    }

    /// <summary>
    /// A PNG of a few hundred bytes whose header declares <paramref name="width"/> x <paramref name="height"/>:
    /// decoding it would allocate width x height x 4 bytes. Its IDAT is a real zlib stream of zero rows.
    /// </summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        WriteChunk(png, "IHDR", header);
        using (var zlib = new MemoryStream())
        {
            using (var deflate = new ZLibStream(zlib, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(new byte[256 * 1024]);
            }

            WriteChunk(png, "IDAT", zlib.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Concat(byte[] first, byte[] second) => [.. first, .. second];

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>The start of a ZIP archive (local file header of "shell.php").</summary>
    public static byte[] ZipHeader() =>
        [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, .. new byte[16], 0x09, 0x00, 0x00, 0x00, .. Ascii("shell.php"), .. Ascii("<?php system($_GET['c']); ?>")];

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static byte[] Encode(int width, int height, IImageEncoder encoder, ExifProfile? exif = null)
    {
        using var image = new Image<Rgba32>(width, height);
        // A gradient, so the encoders have real detail to compress.
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)((x + y) % 256));
            }
        }

        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Ascii(type), .. data];
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
