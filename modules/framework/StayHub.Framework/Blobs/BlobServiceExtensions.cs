using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StayHub.Framework.Blobs;

public static class BlobServiceExtensions
{
    /// <summary>Keyed so that the store's client never collides with an <see cref="IAmazonS3"/> a module registers for itself.</summary>
    internal const string S3ClientKey = "StayHub.Blobs";

    /// <summary>Registers <see cref="IBlobStore"/> for the provider named by <c>Blob:Provider</c>; invalid settings stop the start.</summary>
    public static IServiceCollection AddStayHubBlobs(this IServiceCollection services)
    {
        services.AddOptions<BlobOptions>().BindConfiguration(BlobOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BlobOptions>, BlobOptionsValidator>();
        services.AddKeyedSingleton<IAmazonS3>(S3ClientKey, (sp, _) => CreateS3Client(sp.GetRequiredService<IOptions<BlobOptions>>().Value.S3));
        services.AddSingleton<IBlobStore>(sp =>
        {
            // Resolved on first use, after options validation, so the provider and its settings are known good.
            var options = sp.GetRequiredService<IOptions<BlobOptions>>().Value;
            return options.Provider switch
            {
                BlobProvider.S3 => new S3BlobStore(sp.GetRequiredKeyedService<IAmazonS3>(S3ClientKey), options.S3.Bucket!),
                _ => new FileSystemBlobStore(FileSystemRoot(options.FileSystem, sp.GetRequiredService<IHostEnvironment>())),
            };
        });
        return services;
    }

    internal static string FileSystemRoot(FileSystemBlobOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.Root)
            ? Path.Combine(environment.ContentRootPath, ".data", "blobs")
            : Path.Combine(environment.ContentRootPath, options.Root));

    internal static AmazonS3Client CreateS3Client(S3BlobOptions options)
    {
        var config = new AmazonS3Config
        {
            // Path-style (https://host/bucket/key) works with every S3-compatible server and any bucket name.
            ForcePathStyle = true,
            // AWSSDK v4 adds CRC32 checksums to every request and checks them on responses by default;
            // S3-compatible servers may neither send nor accept them (stack-notes).
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }

        return string.IsNullOrWhiteSpace(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
