namespace StayHub.Framework.Emailing;

/// <summary>How the SMTP connection is secured (MailKit's <c>SecureSocketOptions</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, else STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>Plain text (local relays and tests only).</summary>
    None,

    /// <summary>STARTTLS, required: fails rather than send in the clear.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
