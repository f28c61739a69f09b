using System.Buffers.Binary;
using System.Text;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Imaging;

/// <summary>
/// Checks on the raw bytes, before any decoder runs: the format by its magic bytes (never the file name or the
/// declared content type), and that nothing rides along with the image — bytes after its end (a ZIP or a page
/// appended to a JPEG is still a valid JPEG) or markup/script that a browser or PHP would run if the file were
/// ever served or included as something else.
/// </summary>
internal static class ImageInspector
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Only markers of five or more bytes: in compressed image data a shorter one would match by chance too often.
    private static readonly byte[][] ActiveContentMarkers =
        [.. new[] { "<?php", "<script", "<html", "<!doctype", "<iframe", "<object", "<embed", "<body" }.Select(Encoding.ASCII.GetBytes)];

    public static ImageKind? DetectFormat(ReadOnlySpan<byte> data)
    {
        if (data is [0xFF, 0xD8, 0xFF, ..])
        {
            return ImageKind.Jpeg;
        }

        if (data.StartsWith(PngSignature))
        {
            return ImageKind.Png;
        }

        return data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) ? ImageKind.Webp : null;
    }

    /// <summary>Throws the matching <see cref="StayHubException"/> when the bytes are not exactly one still image.</summary>
    public static void Check(ReadOnlySpan<byte> data, ImageKind kind)
    {
        if (kind == ImageKind.Webp && IsAnimatedWebp(data))
        {
            throw new StayHubException(ErrorKind.UnsupportedMediaType, MediaErrorCodes.UnsupportedType, "Animated images are not accepted.");
        }

        var end = kind switch
        {
            ImageKind.Jpeg => JpegEnd(data),
            ImageKind.Png => PngEnd(data),
            _ => WebpEnd(data),
        };
        if (end is not { } imageEnd)
        {
            throw ImageProcessor.Invalid();
        }

        // Zero padding (some cameras write it) carries nothing; anything else after the end is a second file.
        if (data[imageEnd..].ContainsAnyExcept((byte)0))
        {
            throw Polyglot("The file has data after the end of the image.");
        }

        if (FindActiveContent(data) is { } marker)
        {
            throw Polyglot($"The file contains '{marker}', which has no place in an image.");
        }
    }

    /// <summary>Index just past the EOI marker, walking segments and entropy-coded scans; null when malformed.</summary>
    internal static int? JpegEnd(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (true)
        {
            if (i >= data.Length || data[i] != 0xFF)
            {
                return null;
            }

            while (i < data.Length && data[i] == 0xFF)
            {
                i++; // fill bytes before a marker
            }

            if (i >= data.Length)
            {
                return null;
            }

            var marker = data[i++];
            if (marker == 0xD9)
            {
                return i;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue; // stand-alone markers carry no length
            }

            if (marker == 0x00 || i + 2 > data.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
            if (length < 2 || i + length > data.Length)
            {
                return null;
            }

            i += length;
            if (marker == 0xDA)
            {
                // Entropy-coded data runs until a 0xFF that is neither stuffing (FF 00) nor a restart (FF D0-D7).
                while (true)
                {
                    var next = data[i..].IndexOf((byte)0xFF);
                    if (next < 0 || i + next + 1 >= data.Length)
                    {
                        return null;
                    }

                    i += next;
                    var after = data[i + 1];
                    if (after == 0x00 || after is >= 0xD0 and <= 0xD7)
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Index just past the IEND chunk, walking chunk lengths; null when malformed.</summary>
    internal static int? PngEnd(ReadOnlySpan<byte> data)
    {
        var i = PngSignature.Length;
        while (i + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
            if (length > (uint)(data.Length - i - 12))
            {
                return null;
            }

            var end = i + 12 + (int)length;
            if (data.Slice(i + 4, 4).SequenceEqual("IEND"u8))
            {
                return end;
            }

            i = end;
        }

        return null;
    }

    /// <summary>End of the RIFF container (8 + its declared size, padded to even); null when the file is shorter.</summary>
    internal static int? WebpEnd(ReadOnlySpan<byte> data)
    {
        var size = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        var end = 8L + size + (size & 1);
        return size < 4 || end > data.Length ? null : (int)end;
    }

    private static bool IsAnimatedWebp(ReadOnlySpan<byte> data) =>
        data.Length >= 21 && data[12..16].SequenceEqual("VP8X"u8) && (data[20] & 0x02) != 0;

    private static string? FindActiveContent(ReadOnlySpan<byte> data)
    {
        var offset = 0;
        while (offset < data.Length)
        {
            var at = data[offset..].IndexOf((byte)'<');
            if (at < 0)
            {
                return null;
            }

            var rest = data[(offset + at)..];
            foreach (var marker in ActiveContentMarkers)
            {
                if (rest.Length >= marker.Length && Ascii.EqualsIgnoreCase(rest[..marker.Length], marker))
                {
                    return Encoding.ASCII.GetString(marker);
                }
            }

            offset += at + 1;
        }

        return null;
    }

    private static StayHubException Polyglot(string message) =>
        new(ErrorKind.BadRequest, MediaErrorCodes.Polyglot, message);
}
