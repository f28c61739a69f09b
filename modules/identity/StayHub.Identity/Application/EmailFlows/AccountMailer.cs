using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StayHub.Framework.Emailing;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.EmailFlows;

/// <summary>
/// Issues a token and queues the email carrying it. Failures are logged, never thrown: the caller's answer must
/// not differ between an address that got mail and one that did not, and the person can always ask again.
/// </summary>
internal sealed class AccountMailer(
    AccountTokenService tokens,
    IEmailTemplateRenderer renderer,
    IEmailSender sender,
    IOptions<EmailTokenOptions> lifetimes,
    IOptions<AppUrlOptions> app,
    ILogger<AccountMailer> logger)
{
    private static readonly EmailTemplate ConfirmEmailTemplate = Template("ConfirmEmail");
    private static readonly EmailTemplate ResetPasswordTemplate = Template("ResetPassword");

    public Task SendConfirmationAsync(AppUser user, CancellationToken cancellationToken) =>
        SendAsync(user, AccountTokenPurpose.ConfirmEmail, lifetimes.Value.ConfirmEmail, ConfirmEmailTemplate, "Confirm your StayHub email address", "/confirm-email", cancellationToken);

    public Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken) =>
        SendAsync(user, AccountTokenPurpose.ResetPassword, lifetimes.Value.ResetPassword, ResetPasswordTemplate, "Reset your StayHub password", "/reset-password", cancellationToken);

    private async Task SendAsync(AppUser user, string purpose, TimeSpan lifetime, EmailTemplate template, string subject, string path, CancellationToken cancellationToken)
    {
        try
        {
            var email = user.Email ?? throw new InvalidOperationException("The account has no email.");
            var token = await tokens.IssueAsync(user.Id, purpose, lifetime, cancellationToken);
            var link = app.Value.Link($"{path}?email={Uri.EscapeDataString(email)}&token={token}");
            var message = renderer.Render(template, email, subject, new Dictionary<string, string>
            {
                ["displayName"] = user.DisplayName,
                ["link"] = link,
                ["token"] = token,
                ["validFor"] = Describe(lifetime),
            });
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send the {Purpose} email for user {UserId}", purpose, user.Id);
        }
    }

    internal static string Describe(TimeSpan lifetime) =>
        lifetime.TotalDays >= 1 && lifetime.Ticks % TimeSpan.TicksPerDay == 0 ? Plural((long)lifetime.TotalDays, "day")
        : lifetime.TotalHours >= 1 && lifetime.Ticks % TimeSpan.TicksPerHour == 0 ? Plural((long)lifetime.TotalHours, "hour")
        : Plural((long)Math.Ceiling(lifetime.TotalMinutes), "minute");

    private static string Plural(long count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    private static EmailTemplate Template(string name) =>
        new(typeof(AccountMailer).Assembly, $"{typeof(AccountMailer).Namespace}.Templates.{name}");
}
