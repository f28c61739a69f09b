using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StayHub.Framework.Emailing;

/// <summary>
/// The <see cref="IEmailSender"/> modules use: a bounded in-memory queue drained by <see cref="EmailDispatcher"/>.
/// Queued mail is lost if the node dies before delivery; every StayHub email can be asked for again
/// (resend confirmation, forgot password), which is why this is not an outbox.
/// </summary>
internal sealed class BackgroundEmailSender(IOptions<EmailOptions> options, ILogger<BackgroundEmailSender> logger) : IEmailSender
{
    private readonly Channel<EmailMessage> queue = Channel.CreateBounded<EmailMessage>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        // Wait mode makes TryWrite report a full queue instead of dropping silently.
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    internal ChannelReader<EmailMessage> Reader => queue.Reader;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Never wait for room: a request must not slow down (or reveal anything) because the mail server is down.
        if (!queue.Writer.TryWrite(message))
        {
            logger.LogError("Email queue is full ({Capacity}); dropped a message to {Recipient}", options.Value.QueueCapacity, Mask(message.To));
        }

        return Task.CompletedTask;
    }

    /// <summary>Addresses are personal data: logs get enough to correlate ("a***@example.com"), not the address.</summary>
    internal static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
    }
}
