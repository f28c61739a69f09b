using StayHub.Framework.Blobs;

namespace StayHub.Framework.Tests.Blobs;

public sealed class FileSystemBlobStoreTests : BlobStoreContractTests, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "stayhub-blobs-" + Guid.NewGuid().ToString("N"));

    public FileSystemBlobStoreTests()
    {
        Store = new FileSystemBlobStore(root);
    }

    protected override IBlobStore Store { get; }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Blobs_are_plain_files_under_root_container_name_and_no_temp_file_is_left()
    {
        await Store.PutAsync(Container, "avatars/u/p.webp", Bytes("pixels"), "image/webp");

        File.ReadAllText(Path.Combine(root, Container, "avatars", "u", "p.webp")).ShouldBe("pixels");
        Directory.GetFiles(Path.Combine(root, ".tmp")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reader_keeps_the_old_bytes_while_a_put_replaces_them()
    {
        await Store.PutAsync(Container, "doc", Bytes("old content"), "text/plain");
        await using var reading = (await Store.OpenReadAsync(Container, "doc")).ShouldNotBeNull();

        // The rename swaps the directory entry; the open file is the old one, whole.
        await Store.PutAsync(Container, "doc", Bytes("new"), "text/plain");

        (await ReadAllAsync(reading)).ShouldBe("old content");
        await using var fresh = (await Store.OpenReadAsync(Container, "doc")).ShouldNotBeNull();
        (await ReadAllAsync(fresh)).ShouldBe("new");
    }

    [Fact]
    public async Task A_failed_write_leaves_the_previous_blob_intact()
    {
        await Store.PutAsync(Container, "doc", Bytes("good"), "text/plain");

        await Should.ThrowAsync<IOException>(() => Store.PutAsync(Container, "doc", new FailingStream(), "text/plain"));

        await using var blob = (await Store.OpenReadAsync(Container, "doc")).ShouldNotBeNull();
        (await ReadAllAsync(blob)).ShouldBe("good");
        Directory.GetFiles(Path.Combine(root, ".tmp")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Nothing_is_written_outside_the_root_whatever_the_name()
    {
        foreach (var name in UnsafeNames)
        {
            await Should.ThrowAsync<ArgumentException>(() => Store.PutAsync(Container, name, Bytes("evil"), "text/plain"));
        }

        File.Exists(Path.Combine(Path.GetDirectoryName(root)!, "escape.txt")).ShouldBeFalse();
    }

    /// <summary>Yields one byte, then fails as a dropped upload would.</summary>
    private sealed class FailingStream : Stream
    {
        private int reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (reads++ > 0)
            {
                throw new IOException("connection reset");
            }

            buffer[offset] = (byte)'p';
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
