using MimeKit;

namespace StayHub.Framework.Emailing;

/// <summary>Bound from <c>Email</c>. With <c>Email:Smtp:Host</c> set, mail goes over SMTP; otherwise to a pickup folder.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public const string DefaultFrom = "StayHub <no-reply@stayhub.local>";

    /// <summary>Sender mailbox, e.g. <c>StayHub &lt;no-reply@example.com&gt;</c>.</summary>
    public string From { get; set; } = DefaultFrom;

    /// <summary>Folder for .eml files when no SMTP host is set; relative paths are under the content root. Default <c>.data/mail</c>.</summary>
    public string? PickupFolder { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Delivery attempts per message before it is dead (kept, listed for operators, retried only by them).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; doubled for each further one up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often each node's worker looks for due mail (mail queued on the node wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a message picked by a worker is reserved for it. A node that dies mid-send leaves the message to be
    /// picked again once the lease runs out; a live worker abandons its send before then (at the lease less one SMTP
    /// timeout), so a slow send is never overtaken by a second one. At least 4 × <see cref="SmtpSettings.Timeout"/>.
    /// </summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Run the delivery worker on this node.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    internal MailboxAddress FromAddress => TryParseMailbox(From, out var address) ? address : throw new InvalidOperationException("Email:From is not a mailbox address.");

    internal static bool TryParseMailbox(string? value, out MailboxAddress address)
    {
        address = null!;
        // MimeKit accepts a bare local part ("nobody"); a sender needs a domain too.
        if (string.IsNullOrWhiteSpace(value) || !MailboxAddress.TryParse(value, out var parsed)
            || parsed.Address.IndexOf('@', StringComparison.Ordinal) is <= 0 || parsed.Address.EndsWith('@'))
        {
            return false;
        }

        address = parsed;
        return true;
    }

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public string? Username { get; set; }

        public string? Password { get; set; }

        public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

        /// <summary>Connect, send and each command must finish within this.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    }
}
