using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StayHub.Framework.Blobs;

namespace StayHub.Framework.Tests.Blobs;

/// <summary><c>Blob:*</c> settings pick and configure the provider; a bad setting stops the start naming its key.</summary>
public sealed class BlobRegistrationTests(S3Fixture s3) : IClassFixture<S3Fixture>, IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "stayhub-host-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(contentRoot);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddStayHubBlobs();
        return builder.Build();
    }

    [Fact]
    public async Task Default_is_the_filesystem_under_content_root_dot_data_blobs()
    {
        using var host = Build([]);
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IBlobStore>();
        store.ShouldBeOfType<FileSystemBlobStore>();
        await store.PutAsync("media", "a/b.txt", new MemoryStream([1, 2, 3]), "text/plain");
        File.Exists(Path.Combine(contentRoot, ".data", "blobs", "media", "a", "b.txt")).ShouldBeTrue();
        await host.StopAsync();
    }

    [Fact]
    public async Task A_relative_filesystem_root_is_under_the_content_root()
    {
        using var host = Build(new() { ["Blob:FileSystem:Root"] = "files" });
        await host.StartAsync();

        await host.Services.GetRequiredService<IBlobStore>().PutAsync("media", "x.txt", new MemoryStream([1]), "text/plain");

        File.Exists(Path.Combine(contentRoot, "files", "media", "x.txt")).ShouldBeTrue();
        await host.StopAsync();
    }

    [Fact]
    public async Task S3_provider_with_its_settings_stores_in_the_bucket()
    {
        using var host = Build(new()
        {
            ["Blob:Provider"] = "S3",
            ["Blob:S3:ServiceUrl"] = S3Fixture.ServiceUrl,
            ["Blob:S3:Bucket"] = s3.Bucket,
            ["Blob:S3:AccessKey"] = S3Fixture.AccessKey,
            ["Blob:S3:SecretKey"] = S3Fixture.SecretKey,
        });
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IBlobStore>();
        store.ShouldBeOfType<S3BlobStore>();
        await store.PutAsync("media", "registered.txt", new MemoryStream([7]), "text/plain");
        (await s3.Client.GetObjectMetadataAsync(s3.Bucket, "media/registered.txt")).Headers.ContentLength.ShouldBe(1);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Blob__S3__Bucket", null, null, null)]
    [InlineData("Blob__S3__AccessKey and Blob__S3__SecretKey", "stayhub", "key-without-secret", null)]
    [InlineData("Blob__S3__ServiceUrl", "stayhub", null, "not a url")]
    public async Task S3_with_a_missing_or_invalid_setting_fails_the_start_naming_the_key(string key, string? bucket, string? accessKey, string? serviceUrl)
    {
        using var host = Build(new()
        {
            ["Blob:Provider"] = "S3",
            ["Blob:S3:Bucket"] = bucket,
            ["Blob:S3:AccessKey"] = accessKey,
            ["Blob:S3:ServiceUrl"] = serviceUrl,
        });

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());

        failure.Message.ShouldContain(key);
    }

    [Fact]
    public async Task An_unknown_provider_fails_the_start_naming_the_key()
    {
        using var host = Build(new() { ["Blob:Provider"] = "Azure" });

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => host.StartAsync());

        failure.Message.ShouldContain("Blob:Provider");
    }
}
