using System.Text;
using StayHub.Framework.Blobs;

namespace StayHub.Framework.Tests.Blobs;

/// <summary>What every <see cref="IBlobStore"/> provider must do; each provider's test class runs all of it.</summary>
public abstract class BlobStoreContractTests
{
    protected abstract IBlobStore Store { get; }

    /// <summary>A container of this test's own (xunit makes one class instance per test).</summary>
    protected string Container { get; } = "c-" + Guid.NewGuid().ToString("N")[..20];

    public static TheoryData<string> UnsafeNames =>
    [
        "../escape.txt",
        "a/../../escape.txt",
        "..",
        "a/..",
        "/etc/passwd",
        "a\\..\\b",
        "C:/windows/win.ini",
        "",
        "a//b",
        "a/",
        ".hidden",
        "a/./b",
        "a b",
        "a/%2e%2e/b",
        "ä.png",
    ];

    protected static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    protected static async Task<string> ReadAllAsync(BlobContent blob)
    {
        using var reader = new StreamReader(blob.Content, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Put_then_open_returns_the_bytes_content_type_length_and_an_etag()
    {
        await Store.PutAsync(Container, "avatars/u1/photo-512.webp", Bytes("hello blob"), "image/webp");

        await using var blob = (await Store.OpenReadAsync(Container, "avatars/u1/photo-512.webp")).ShouldNotBeNull();
        blob.ContentType.ShouldBe("image/webp");
        blob.Length.ShouldBe(10);
        blob.ETag.ShouldStartWith("\"");
        blob.ETag.ShouldEndWith("\"");
        blob.LastModified.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        (await ReadAllAsync(blob)).ShouldBe("hello blob");
    }

    [Fact]
    public async Task Opening_a_missing_blob_returns_null()
    {
        (await Store.OpenReadAsync(Container, "nothing/here.webp")).ShouldBeNull();
    }

    [Fact]
    public async Task Exists_follows_put_and_delete()
    {
        (await Store.ExistsAsync(Container, "x.txt")).ShouldBeFalse();
        await Store.PutAsync(Container, "x.txt", Bytes("x"), "text/plain");
        (await Store.ExistsAsync(Container, "x.txt")).ShouldBeTrue();

        await Store.DeleteAsync(Container, "x.txt");

        (await Store.ExistsAsync(Container, "x.txt")).ShouldBeFalse();
        (await Store.OpenReadAsync(Container, "x.txt")).ShouldBeNull();
    }

    [Fact]
    public async Task Deleting_a_missing_blob_is_not_an_error_and_can_be_repeated()
    {
        await Store.DeleteAsync(Container, "never/written.bin");
        await Store.PutAsync(Container, "once.bin", Bytes("1"), "application/octet-stream");
        await Store.DeleteAsync(Container, "once.bin");
        await Store.DeleteAsync(Container, "once.bin");
        (await Store.ExistsAsync(Container, "once.bin")).ShouldBeFalse();
    }

    [Fact]
    public async Task Put_replaces_content_type_and_bytes_and_changes_the_etag()
    {
        await Store.PutAsync(Container, "doc", Bytes("first"), "text/plain");
        string firstTag;
        await using (var first = (await Store.OpenReadAsync(Container, "doc")).ShouldNotBeNull())
        {
            firstTag = first.ETag;
        }

        await Store.PutAsync(Container, "doc", Bytes("second version"), "application/json");

        await using var second = (await Store.OpenReadAsync(Container, "doc")).ShouldNotBeNull();
        second.ContentType.ShouldBe("application/json");
        second.Length.ShouldBe(14);
        second.ETag.ShouldNotBe(firstTag);
        (await ReadAllAsync(second)).ShouldBe("second version");
    }

    [Fact]
    public async Task The_same_name_in_another_container_is_another_blob()
    {
        var other = "c-" + Guid.NewGuid().ToString("N")[..20];
        await Store.PutAsync(Container, "same.txt", Bytes("mine"), "text/plain");

        (await Store.ExistsAsync(other, "same.txt")).ShouldBeFalse();
        await Store.DeleteAsync(other, "same.txt");
        (await Store.ExistsAsync(Container, "same.txt")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_non_seekable_stream_of_several_megabytes_round_trips()
    {
        var data = new byte[3 * 1024 * 1024 + 17];
        new Random(42).NextBytes(data);

        await Store.PutAsync(Container, "big/random.bin", new NonSeekableStream(data), "application/octet-stream");

        await using var blob = (await Store.OpenReadAsync(Container, "big/random.bin")).ShouldNotBeNull();
        blob.Length.ShouldBe(data.Length);
        using var copy = new MemoryStream();
        await blob.Content.CopyToAsync(copy);
        copy.ToArray().ShouldBe(data);
    }

    [Theory]
    [MemberData(nameof(UnsafeNames))]
    public async Task Unsafe_names_throw_on_every_operation(string name)
    {
        await Should.ThrowAsync<ArgumentException>(() => Store.PutAsync(Container, name, Bytes("evil"), "text/plain"));
        await Should.ThrowAsync<ArgumentException>(() => Store.OpenReadAsync(Container, name));
        await Should.ThrowAsync<ArgumentException>(() => Store.DeleteAsync(Container, name));
        await Should.ThrowAsync<ArgumentException>(() => Store.ExistsAsync(Container, name));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("UPPER")]
    [InlineData("ab")]
    [InlineData(".meta")]
    [InlineData("-leading")]
    public async Task Unsafe_container_names_throw(string container)
    {
        await Should.ThrowAsync<ArgumentException>(() => Store.PutAsync(container, "x.txt", Bytes("evil"), "text/plain"));
        await Should.ThrowAsync<ArgumentException>(() => Store.OpenReadAsync(container, "x.txt"));
    }

    /// <summary>A request body or a network stream: no length, no seeking.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
