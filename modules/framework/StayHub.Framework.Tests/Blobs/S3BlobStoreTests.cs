using Amazon.S3.Model;
using StayHub.Framework.Blobs;

namespace StayHub.Framework.Tests.Blobs;

/// <summary>The blob-store contract against a real S3-compatible server (s3rver) on loopback.</summary>
public sealed class S3BlobStoreTests(S3Fixture s3) : BlobStoreContractTests, IClassFixture<S3Fixture>
{
    // A thin wrapper over the fixture's client, so a new one per use costs nothing.
    protected override IBlobStore Store => new S3BlobStore(s3.Client, s3.Bucket);

    [Fact]
    public async Task Blobs_are_objects_keyed_container_slash_name_with_their_content_type()
    {
        await Store.PutAsync(Container, "avatars/u/p.webp", Bytes("pixels"), "image/webp");

        var metadata = await s3.Client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = s3.Bucket, Key = $"{Container}/avatars/u/p.webp" });
        metadata.Headers.ContentType.ShouldBe("image/webp");
        metadata.Headers.ContentLength.ShouldBe(6);
    }
}
