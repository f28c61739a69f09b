using MailKit.Net.Smtp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace StayHub.Framework.Emailing;

/// <summary>Delivers queued mail one message at a time, retrying transient failures with exponential backoff.</summary>
internal sealed class EmailDispatcher(
    BackgroundEmailSender queue,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (queue.Reader.Count > 0)
            {
                logger.LogWarning("Stopping with {Count} email(s) not delivered", queue.Reader.Count);
            }
        }
    }

    internal async Task DeliverAsync(EmailMessage message, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var delay = settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await transport.DeliverAsync(message, stoppingToken);
                logger.LogInformation("Email \"{Subject}\" delivered to {Recipient}", message.Subject, BackgroundEmailSender.Mask(message.To));
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (attempt >= settings.MaxAttempts || IsPermanent(ex))
            {
                logger.LogError(ex, "Email \"{Subject}\" to {Recipient} given up after {Attempts} attempt(s)", message.Subject, BackgroundEmailSender.Mask(message.To), attempt);
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Email \"{Subject}\" to {Recipient} failed (attempt {Attempt}); retrying in {Delay}", message.Subject, BackgroundEmailSender.Mask(message.To), attempt, delay);
                await Task.Delay(delay, clock, stoppingToken);
                delay *= 2;
            }
        }
    }

    /// <summary>A 5xx reply (no such mailbox, rejected sender) or an unparsable address will fail the same way again.</summary>
    private static bool IsPermanent(Exception ex) => ex switch
    {
        SmtpCommandException command => (int)command.StatusCode >= 500,
        ParseException or FormatException => true,
        _ => false,
    };
}
