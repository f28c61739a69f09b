using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Framework.Emailing;

/// <summary>
/// <see cref="IEmailSender"/> on the framework's email outbox: one short INSERT per message in its own transaction
/// (the caller's answer must not wait for SMTP), then a wake-up for this node's worker.
/// </summary>
internal sealed class DurableEmailSender(IServiceScopeFactory scopes, EmailOutboxSignal signal, TimeProvider clock) : IEmailSender
{
    public const string Kind = "account";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmailingDbContext>();
        db.QueueEmail(message, Kind, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }
}
