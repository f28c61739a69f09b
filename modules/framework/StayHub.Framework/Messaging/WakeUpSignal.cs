using System.Threading.Channels;

namespace StayHub.Framework.Messaging;

/// <summary>
/// Wakes one background worker of this node when there is new work, instead of waiting for its next poll. Each worker
/// type has its own subclass, so each gets its own singleton signal.
/// </summary>
internal abstract class WakeUpSignal
{
    // One pending wake-up is enough: the worker drains everything due when it runs.
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Returns when notified or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a signal.
        }
    }
}
