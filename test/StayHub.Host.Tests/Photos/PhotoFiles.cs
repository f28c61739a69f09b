using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace StayHub.Host.Tests.Photos;

/// <summary>Upload bodies for the photo routes, made in the test: real images and hostile files.</summary>
internal static class PhotoFiles
{
    /// <summary>A JPEG carrying GPS EXIF and a camera name, as a phone writes it.</summary>
    public static byte[] JpegWithGps(int width = 800, int height = 600)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 90);
            }
        }

        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(2964, 100)]);
        exif.SetValue(ExifTag.Make, "StayHubCam");
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    /// <summary>A valid JPEG with a small web page appended after its end.</summary>
    public static byte[] Polyglot() => [.. JpegWithGps(64, 64), .. Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>")];

    /// <summary>A PNG of a few hundred bytes declaring 20000 x 20000 pixels (1.6 GB once decoded).</summary>
    public static byte[] DecompressionBomb()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 20_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 20_000);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        using (var zlib = new MemoryStream())
        {
            using (var deflate = new ZLibStream(zlib, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(new byte[256 * 1024]);
            }

            Chunk(png, "IDAT", zlib.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>JPEG magic bytes followed by <paramref name="length"/> bytes in all.</summary>
    public static byte[] JpegOfLength(int length)
    {
        var data = new byte[length];
        new Random(7).NextBytes(data);
        data[0] = 0xFF;
        data[1] = 0xD8;
        data[2] = 0xFF;
        return data;
    }

    public static MultipartFormDataContent Form(byte[] file, string fileName = "me.jpg", string field = "file", string contentType = "image/jpeg")
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { part, field, fileName } };
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        var checksum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, ~crc);
        png.Write(checksum);
    }
}
