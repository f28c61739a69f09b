using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>
/// The host's outgoing mail as the test host writes it: one .eml per message in the fixture's pickup folder
/// (<c>Email:PickupFolder</c> set by the base fixture). Used to read the tokens the email flows send.
/// </summary>
internal static partial class Mailbox
{
    /// <summary>Waits (up to 15 s) for a message to <paramref name="email"/> with <paramref name="subject"/> that is not one of <paramref name="seen"/>.</summary>
    public static async Task<string> WaitForAsync(ClientHostFixture host, string email, string subject, params string[] seen)
    {
        var folder = Path.Combine(Path.GetTempPath(), host.DatabaseName, "mail");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml").Where(f => !seen.Contains(f)))
                {
                    using var message = await MimeMessage.LoadAsync(file);
                    if (message.Subject == subject && message.To.Mailboxes.Any(m => m.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
                    {
                        return file;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"No mail '{subject}' to {email} within 15 s in {folder}.");
    }

    /// <summary>The token of the link in the message's text body.</summary>
    public static async Task<string> TokenFromAsync(string file)
    {
        using var message = await MimeMessage.LoadAsync(file);
        var match = TokenInLink().Match(message.TextBody ?? string.Empty);
        match.Success.ShouldBeTrue($"no token link in: {message.TextBody}");
        return match.Groups["token"].Value;
    }

    [GeneratedRegex(@"[?&]token=(?<token>[A-Za-z0-9_-]{43})\b")]
    private static partial Regex TokenInLink();
}
