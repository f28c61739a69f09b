using System.Buffers;
using System.Runtime.CompilerServices;
using SixLabors.ImageSharp.Memory;

namespace StayHub.Framework.Tests.Imaging;

/// <summary>Counts every byte ImageSharp asks for: proof that a refused bomb never reached the pixel buffers.</summary>
internal sealed class CountingAllocator : MemoryAllocator
{
    private readonly MemoryAllocator inner = Create();
    private long total;

    public long TotalBytes => Interlocked.Read(ref total);

    public override IMemoryOwner<T> Allocate<T>(int length, AllocationOptions options = AllocationOptions.None)
    {
        Interlocked.Add(ref total, (long)length * Unsafe.SizeOf<T>());
        return inner.Allocate<T>(length, options);
    }

    protected override int GetBufferCapacityInBytes() => 4 * 1024 * 1024;
}
