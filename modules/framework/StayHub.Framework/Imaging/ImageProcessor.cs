using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Imaging;

/// <summary>
/// Turns an untrusted upload into clean square WebP renditions. Everything that can be refused is refused
/// before decoding (size, format by magic bytes, smuggled content, declared dimensions), so a hostile file
/// costs a byte scan, not a gigabyte of pixels. The output is re-encoded from pixels only: no EXIF (GPS),
/// XMP, IPTC or ICC survives, and nothing of the original file's bytes does either.
/// </summary>
public sealed class ImageProcessor : IDisposable
{
    /// <summary>Profile photos: a 128 px thumbnail and a 512 px rendition.</summary>
    public static readonly IReadOnlyList<int> DefaultSizes = [512, 128];

    public const string OutputContentType = "image/webp";

    public const string OutputExtension = "webp";

    // Above what 40 megapixels of Rgba32 need (160 MB) and far below a bomb's (a 20000 x 20000 PNG: 1.6 GB).
    private const int AllocationLimitMegabytes = 256;

    private static readonly WebpEncoder Encoder = new()
    {
        FileFormat = WebpFileFormatType.Lossy,
        Quality = 82,
        Method = WebpEncodingMethod.Default,
    };

    private readonly Configuration configuration;

    // Decoding is the memory-hungry step (up to ~160 MB each): a burst of uploads queues instead of exhausting memory.
    private readonly SemaphoreSlim decodeSlots = new(Math.Clamp(Environment.ProcessorCount, 1, 4));

    public ImageProcessor()
        : this(MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            AllocationLimitMegabytes = AllocationLimitMegabytes,
            // Large buffers go back to the GC rather than staying pooled between rare uploads.
            MaximumPoolSizeMegabytes = 32,
        }))
    {
    }

    internal ImageProcessor(MemoryAllocator allocator)
    {
        // Only the three accepted formats are known to the decoder: a GIF, TIFF or BMP decoder (and its bugs)
        // is never reached, whatever the bytes claim.
        configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = allocator,
        };
    }

    public async Task<ProcessedImage> ProcessAsync(Stream input, ImageLimits limits, IReadOnlyList<int>? squareSizes = null, CancellationToken cancellationToken = default)
    {
        var sizes = squareSizes ?? DefaultSizes;
        var data = await ReadAtMostAsync(input, limits.MaxBytes, cancellationToken);
        var kind = ImageInspector.DetectFormat(data)
            ?? throw new StayHubException(ErrorKind.UnsupportedMediaType, MediaErrorCodes.UnsupportedType, "Upload a JPEG, PNG or WebP image.");
        ImageInspector.Check(data, kind);

        var info = Identify(data, kind);
        if ((long)info.Width * info.Height > limits.MaxPixels || info.Width > limits.MaxSide || info.Height > limits.MaxSide)
        {
            throw new StayHubException(
                ErrorKind.BadRequest,
                MediaErrorCodes.TooManyPixels,
                $"The image is {info.Width} x {info.Height} pixels; at most {limits.MaxPixels / 1_000_000} megapixels and {limits.MaxSide} pixels a side are accepted.");
        }

        await decodeSlots.WaitAsync(cancellationToken);
        try
        {
            return Render(data, info, sizes, cancellationToken);
        }
        finally
        {
            decodeSlots.Release();
        }
    }

    public void Dispose() => decodeSlots.Dispose();

    internal static StayHubException Invalid() =>
        new(ErrorKind.BadRequest, MediaErrorCodes.InvalidImage, "The file is not a readable image.");

    private static async Task<byte[]> ReadAtMostAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static StayHubException TooLarge(long maxBytes) =>
        new(ErrorKind.TooLarge, MediaErrorCodes.TooLarge, $"The image may not exceed {maxBytes / (1024 * 1024)} MB.");

    /// <summary>Reads the header only (dimensions), and checks the decoder agrees with the magic bytes.</summary>
    private IImageInfo Identify(byte[] data, ImageKind kind)
    {
        try
        {
            var info = Image.Identify(configuration, data, out var format);
            return info is not null && Matches(format, kind) && info.Width > 0 && info.Height > 0 ? info : throw Invalid();
        }
        catch (StayHubException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A crafted header can make a decoder throw anything; it is the file that is bad, not the server.
            throw Invalid();
        }
    }

    private ProcessedImage Render(byte[] data, IImageInfo info, IReadOnlyList<int> sizes, CancellationToken cancellationToken)
    {
        Image<Rgba32> image;
        try
        {
            image = Image.Load<Rgba32>(configuration, data);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Invalid();
        }

        using (image)
        {
            // Only the first frame is a photo; the rest (if a decoder kept any) would only cost memory.
            while (image.Frames.Count > 1)
            {
                image.Frames.RemoveFrame(image.Frames.Count - 1);
            }

            // Orientation comes from EXIF, so turn the pixels upright before the EXIF goes.
            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);

            var variants = new List<ImageVariant>(sizes.Count);
            foreach (var size in sizes.OrderDescending())
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var square = image.Clone(x => x.Resize(new ResizeOptions
                {
                    Size = new Size(size, size),
                    Mode = ResizeMode.Crop, // cover: fill the square, cut the overhang, centred
                    Sampler = KnownResamplers.Lanczos3,
                }));
                StripMetadata(square);
                using var output = new MemoryStream();
                square.Save(output, Encoder);
                variants.Add(new ImageVariant(size, output.ToArray()));
            }

            return new ProcessedImage(OutputContentType, OutputExtension, info.Width, info.Height, variants);
        }
    }

    private static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private static bool Matches(IImageFormat? format, ImageKind kind) => (format, kind) switch
    {
        (JpegFormat, ImageKind.Jpeg) or (PngFormat, ImageKind.Png) or (WebpFormat, ImageKind.Webp) => true,
        _ => false,
    };
}
