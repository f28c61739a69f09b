using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using StayHub.Framework.Errors;
using StayHub.Framework.Imaging;

namespace StayHub.Framework.Tests.Imaging;

public sealed class ImageProcessorTests : IDisposable
{
    private readonly ImageProcessor processor = new();

    public void Dispose() => processor.Dispose();

    private Task<ProcessedImage> ProcessAsync(byte[] data) => processor.ProcessAsync(new MemoryStream(data), ImageLimits.Photo);

    private async Task<StayHubException> RefusedAsync(byte[] data, ErrorKind kind, string code)
    {
        var refused = await Should.ThrowAsync<StayHubException>(() => ProcessAsync(data));
        refused.Code.ShouldBe(code, refused.Message);
        refused.Kind.ShouldBe(kind);
        return refused;
    }

    private static (int Width, int Height, IImageFormat Format, ExifProfile? Exif) Identify(byte[] data)
    {
        var info = Image.Identify(data, out var format).ShouldNotBeNull();
        return (info.Width, info.Height, format, info.Metadata.ExifProfile);
    }

    public static TheoryData<string, byte[]> ValidImages => new()
    {
        { "jpeg", TestImages.Jpeg() },
        { "png", TestImages.Png() },
        { "webp", TestImages.Webp() },
        { "portrait jpeg", TestImages.Jpeg(300, 900) },
        { "tiny png (upscaled)", TestImages.Png(20, 10) },
    };

    [Theory]
    [MemberData(nameof(ValidImages))]
    public async Task Valid_images_become_512_and_128_square_webp(string kind, byte[] data)
    {
        var result = await ProcessAsync(data);

        result.ContentType.ShouldBe("image/webp", kind);
        result.Extension.ShouldBe("webp");
        result.Variants.Select(v => v.Size).ShouldBe([512, 128]);
        foreach (var variant in result.Variants)
        {
            var (width, height, format, _) = Identify(variant.Content);
            format.ShouldBe(WebpFormat.Instance);
            (width, height).ShouldBe((variant.Size, variant.Size));
        }
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("webp")]
    public async Task Gps_exif_of_the_input_is_gone_from_every_output(string kind)
    {
        var input = kind == "jpeg" ? TestImages.Jpeg(exif: TestImages.GpsExif()) : TestImages.Webp(exif: TestImages.GpsExif());
        // The input really carries it, or the test would prove nothing.
        Identify(input).Exif.ShouldNotBeNull().GetValue(ExifTag.GPSLatitude).ShouldNotBeNull();
        TestImages.Contains(input, TestImages.Ascii("StayHubCam")).ShouldBeTrue();

        var result = await ProcessAsync(input);

        foreach (var variant in result.Variants)
        {
            Identify(variant.Content).Exif.ShouldBeNull();
            TestImages.Contains(variant.Content, TestImages.Ascii("EXIF")).ShouldBeFalse();
            TestImages.Contains(variant.Content, TestImages.Ascii("Exif")).ShouldBeFalse();
            TestImages.Contains(variant.Content, TestImages.Ascii("XMP")).ShouldBeFalse();
            TestImages.Contains(variant.Content, TestImages.Ascii("StayHubCam")).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Exif_orientation_is_applied_before_the_exif_is_dropped()
    {
        // Stored landscape, left red / right blue; orientation 6 means "rotate 90 degrees clockwise to view".
        var input = TestImages.HalvesJpeg(400, 200, orientation: 6);

        var large = (await ProcessAsync(input)).Variant(512);

        using var image = Image.Load<Rgba32>(large.Content);
        // Upright it is portrait, red on top and blue below; the centre square keeps both halves.
        IsReddish(image[256, 40]).ShouldBeTrue();
        IsReddish(image[256, 470]).ShouldBeFalse();
    }

    private static bool IsReddish(Rgba32 pixel) => pixel.R > 150 && pixel.B < 100;

    [Theory]
    [InlineData("plain text")]
    [InlineData("<html><body>hello</body></html>")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public async Task Anything_but_jpeg_png_or_webp_by_content_is_415(string content)
    {
        await RefusedAsync(Encoding.ASCII.GetBytes(content), ErrorKind.UnsupportedMediaType, MediaErrorCodes.UnsupportedType);
    }

    [Fact]
    public async Task An_svg_is_415_even_though_browsers_call_it_an_image()
    {
        await RefusedAsync(TestImages.Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), ErrorKind.UnsupportedMediaType, MediaErrorCodes.UnsupportedType);
    }

    [Fact]
    public async Task Jpeg_with_a_zip_appended_is_a_polyglot()
    {
        await RefusedAsync(TestImages.Concat(TestImages.Jpeg(), TestImages.ZipHeader()), ErrorKind.BadRequest, MediaErrorCodes.Polyglot);
    }

    [Fact]
    public async Task Jpeg_with_html_appended_is_a_polyglot()
    {
        await RefusedAsync(TestImages.Concat(TestImages.Jpeg(), TestImages.Ascii("<html><script>alert(document.cookie)</script></html>")), ErrorKind.BadRequest, MediaErrorCodes.Polyglot);
    }

    [Fact]
    public async Task Png_and_webp_with_data_after_their_end_are_polyglots()
    {
        await RefusedAsync(TestImages.Concat(TestImages.Png(), TestImages.Ascii("trailing")), ErrorKind.BadRequest, MediaErrorCodes.Polyglot);
        await RefusedAsync(TestImages.Concat(TestImages.Webp(), TestImages.Ascii("trailing")), ErrorKind.BadRequest, MediaErrorCodes.Polyglot);
    }

    [Fact]
    public async Task Php_hidden_in_the_exif_of_a_valid_jpeg_is_a_polyglot()
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.ImageDescription, "<?php system($_GET['c']); ?>");

        var refused = await RefusedAsync(TestImages.Jpeg(exif: exif), ErrorKind.BadRequest, MediaErrorCodes.Polyglot);

        refused.Message.ShouldContain("<?php");
    }

    [Fact]
    public async Task A_script_in_a_png_text_chunk_is_a_polyglot()
    {
        var png = TestImages.PngWithComment("<ScRiPt>alert(document.cookie)</script>");
        TestImages.Contains(png, TestImages.Ascii("<ScRiPt>")).ShouldBeTrue();

        await RefusedAsync(png, ErrorKind.BadRequest, MediaErrorCodes.Polyglot);
    }

    [Fact]
    public async Task An_end_of_image_marker_inside_exif_does_not_end_the_jpeg_early()
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.MakerNote, [0xFF, 0xD9, 0xFF, 0xD9, 0x00, 0x01]);

        var result = await ProcessAsync(TestImages.Jpeg(exif: exif));

        result.Variants.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Zero_padding_after_the_end_is_accepted()
    {
        var result = await ProcessAsync(TestImages.Concat(TestImages.Jpeg(), new byte[64]));

        result.Variants.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_tiny_png_declaring_20000_x_20000_is_refused_before_any_pixel_buffer_is_allocated()
    {
        var bomb = TestImages.PngDeclaring(20_000, 20_000);
        bomb.Length.ShouldBeLessThan(4096);
        var allocator = new CountingAllocator();
        using var guarded = new ImageProcessor(allocator);

        var refused = await Should.ThrowAsync<StayHubException>(() => guarded.ProcessAsync(new MemoryStream(bomb), ImageLimits.Photo));

        refused.Code.ShouldBe(MediaErrorCodes.TooManyPixels);
        refused.Kind.ShouldBe(ErrorKind.BadRequest);
        refused.Message.ShouldContain("20000 x 20000");
        // Decoding would need 1.6 GB; identifying the header needs next to nothing.
        allocator.TotalBytes.ShouldBeLessThan(1024 * 1024);
    }

    [Fact]
    public async Task The_allocation_counter_does_see_a_real_decode()
    {
        var allocator = new CountingAllocator();
        using var counted = new ImageProcessor(allocator);

        await counted.ProcessAsync(new MemoryStream(TestImages.Png(640, 480)), ImageLimits.Photo);

        allocator.TotalBytes.ShouldBeGreaterThan(640 * 480 * 4);
    }

    [Fact]
    public async Task A_side_over_12000_pixels_is_too_many_even_under_40_megapixels()
    {
        await RefusedAsync(TestImages.PngDeclaring(13_000, 100), ErrorKind.BadRequest, MediaErrorCodes.TooManyPixels);
    }

    [Fact]
    public async Task Over_40_megapixels_within_12000_a_side_is_too_many()
    {
        await RefusedAsync(TestImages.PngDeclaring(7_000, 6_000), ErrorKind.BadRequest, MediaErrorCodes.TooManyPixels);
    }

    [Fact]
    public async Task Six_megabytes_is_413_too_large_whether_or_not_the_stream_has_a_length()
    {
        byte[] big = [.. TestImages.Jpeg(), .. new byte[6 * 1024 * 1024]];

        await RefusedAsync(big, ErrorKind.TooLarge, MediaErrorCodes.TooLarge);
        var streamed = await Should.ThrowAsync<StayHubException>(() => processor.ProcessAsync(new UnknownLengthStream(big), ImageLimits.Photo));
        streamed.Code.ShouldBe(MediaErrorCodes.TooLarge);
    }

    [Fact]
    public async Task A_truncated_jpeg_is_an_invalid_image()
    {
        var jpeg = TestImages.Jpeg();

        await RefusedAsync(jpeg[..(jpeg.Length / 2)], ErrorKind.BadRequest, MediaErrorCodes.InvalidImage);
    }

    [Fact]
    public async Task A_png_with_a_corrupt_chunk_is_an_invalid_image()
    {
        var png = TestImages.Png(64, 64);
        var data = png.AsSpan().IndexOf("IDAT"u8) + 4;
        // Past the zlib header: the pixel data no longer inflates, and the chunk's checksum no longer matches.
        png.AsSpan(data + 2, 16).Fill(0xFF);

        await RefusedAsync(png, ErrorKind.BadRequest, MediaErrorCodes.InvalidImage);
    }

    [Fact]
    public async Task Only_magic_bytes_then_garbage_is_an_invalid_image()
    {
        byte[] fake = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9];

        await RefusedAsync(fake, ErrorKind.BadRequest, MediaErrorCodes.InvalidImage);
    }

    [Fact]
    public async Task An_animated_webp_is_415()
    {
        // RIFF/WEBP with a VP8X header whose animation flag (0x02) is set.
        byte[] animated = [.. "RIFF"u8, 22, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        await RefusedAsync(animated, ErrorKind.UnsupportedMediaType, MediaErrorCodes.UnsupportedType);
    }

    /// <summary>A request body: readable, no length, no seeking.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
