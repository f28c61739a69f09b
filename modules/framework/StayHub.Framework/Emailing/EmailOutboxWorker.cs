using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;

namespace StayHub.Framework.Emailing;

/// <summary>
/// Sends every registered module's durable email outbox through <see cref="IEmailTransport"/> (MailKit SMTP or the
/// pickup folder). Each message is claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several nodes
/// share the work and never hold the same row, and leased for <see cref="EmailOptions.SendLease"/> in a committed
/// statement before it is sent; success is committed right after the server's 250, before QUIT. A node that dies
/// between the 250 and that commit leaves the message to be sent again when its lease ends (the only duplicate window,
/// and the copy carries the same Message-ID, <c>delivery-{id}@{domain}</c>); anything committed as sent is never sent
/// again. Failures back off exponentially; permanent rejections and the last attempt make it dead.
/// </summary>
internal sealed partial class EmailOutboxWorker(
    IServiceScopeFactory scopes,
    NpgsqlDataSource dataSource,
    IEnumerable<EmailOutboxRegistration> outboxes,
    IEmailTransport transport,
    EmailOutboxSignal signal,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailOutboxWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Type, string> tables = new();
    private readonly IReadOnlyList<Type> contexts = [.. outboxes.Select(o => o.ContextType).Distinct()];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DeliveryEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the next poll tries again.
                LogWorkerFailed(e);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Tries every due message once; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var contextType in contexts)
        {
            var table = TableOf(contextType);
            while (await SendOneAsync(table, cancellationToken) is { } outcome)
            {
                sent += outcome ? 1 : 0;
            }
        }

        return sent;
    }

    /// <returns><c>null</c> when nothing was due, else whether the claimed message was sent.</returns>
    private async Task<bool?> SendOneAsync(string table, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await LeaseAsync(table, settings.SendLease, cancellationToken);
        if (claimed is null)
        {
            return null;
        }

        var sentSql = $"UPDATE {table} SET status = 'sent', sent_at = @now, next_attempt_at = NULL, last_error = NULL, html_body = NULL, text_body = NULL WHERE id = @id";
        var accepted = false;
        var recorded = false;
        var error = await TryDeliverAsync(claimed, async ct =>
        {
            // Right after the server's 250: from here a crash or a lost connection must not lead to a second send.
            accepted = true;
            await RecordAsync(claimed.Id, sentSql, null, null);
            recorded = true;
        }, settings.SendLease - settings.Smtp.Timeout, cancellationToken);
        if (accepted && !recorded)
        {
            // The server has the message but the first write of its success failed: never record it as failed (that
            // would send it again at once). One more try; if the database is still away, the row stays leased and is
            // sent again only when the lease ends, with the same Message-ID.
            await RecordAsync(claimed.Id, sentSql, null, null);
            recorded = true;
        }

        if (recorded)
        {
            LogSent(claimed.Id, Mask(claimed.To));
            return true;
        }

        error ??= new DeliveryError("The transport returned without the message being accepted.", Permanent: false);
        var dead = error.Permanent || claimed.Attempts >= settings.MaxAttempts;
        var message = error.Message.Length > EmailOutboxExtensions.MaxErrorLength ? error.Message[..EmailOutboxExtensions.MaxErrorLength] : error.Message;
        if (dead)
        {
            await RecordAsync(claimed.Id, $"UPDATE {table} SET status = 'dead', last_error = @error, next_attempt_at = NULL WHERE id = @id", message, null);
            LogDead(claimed.Id, Mask(claimed.To), claimed.Attempts, error.Message);
        }
        else
        {
            await RecordAsync(claimed.Id, $"UPDATE {table} SET status = 'failed', last_error = @error, next_attempt_at = @next WHERE id = @id", message, clock.GetUtcNow() + Backoff(claimed.Attempts));
            LogRetry(claimed.Id, Mask(claimed.To), claimed.Attempts, error.Message);
        }

        return false;
    }

    /// <summary>
    /// Takes the next due message and leases it in one committed statement: it counts as an attempt and is not due
    /// again before <paramref name="lease"/> has passed, so no other worker sends it meanwhile, and a node that dies
    /// while sending leaves it to be sent again once the lease is over. A leased message reads as pending (an
    /// operator's retry, meant for failed and dead mail, leaves it alone).
    /// </summary>
    private async Task<Claimed?> LeaseAsync(string table, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var claim = new NpgsqlCommand(
            $"""
            UPDATE {table} SET status = 'pending', attempts = attempts + 1, next_attempt_at = @until
            WHERE id = (SELECT id FROM {table}
                        WHERE status IN ('pending', 'failed') AND next_attempt_at <= @now
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, recipient, subject, html_body, text_body, attempts
            """, connection);
        claim.Parameters.AddWithValue("now", now);
        claim.Parameters.AddWithValue("until", now + lease);
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Claimed(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? string.Empty : reader.GetString(3), reader.IsDBNull(4) ? string.Empty : reader.GetString(4), reader.GetInt32(5))
            : null;
    }

    /// <summary>Writes an outcome; even when the host is stopping, since the SMTP server has already answered.</summary>
    private async Task RecordAsync(Guid id, string sql, string? error, DateTimeOffset? next)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var update = new NpgsqlCommand(sql, connection);
        update.Parameters.AddWithValue("id", id);
        update.Parameters.AddWithValue("now", clock.GetUtcNow());
        if (error is not null)
        {
            update.Parameters.AddWithValue("error", error);
        }

        if (next is { } at)
        {
            update.Parameters.AddWithValue("next", at);
        }

        await update.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task<DeliveryError?> TryDeliverAsync(Claimed claimed, Func<CancellationToken, Task> accepted, TimeSpan budget, CancellationToken cancellationToken)
    {
        // The send gives up before its lease ends, leaving time to record the outcome: the lease is only ever
        // taken over from a worker that is gone, never from one still talking to the server.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(budget);
        var message = new EmailMessage(claimed.To, claimed.Subject, claimed.Html, claimed.Text) { MessageId = MessageIdOf(claimed.Id) };
        try
        {
            await transport.DeliverAsync(message, accepted, deadline.Token);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryError(deadline.IsCancellationRequested
                ? $"Gave up after {budget} (Email:SendLease less Email:Smtp:Timeout); the outcome is unknown and the message will be sent again with the same Message-ID."
                : $"{ex.GetType().Name}: {ex.Message}", IsPermanent(ex));
        }
    }

    /// <summary><c>delivery-{id}@{sender's domain}</c>: one per delivery, the same on every attempt.</summary>
    internal string MessageIdOf(Guid id)
    {
        var address = options.Value.FromAddress.Address;
        return $"delivery-{id}@{address[(address.LastIndexOf('@') + 1)..]}";
    }

    /// <summary>RetryDelay × 2^(attempts − 1), capped at MaxRetryDelay.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(o.RetryDelay.Ticks * factor, o.MaxRetryDelay.Ticks));
    }

    /// <summary>A 5xx reply (no such mailbox, rejected sender) or an unparsable address will fail the same way again.</summary>
    internal static bool IsPermanent(Exception ex) => ex switch
    {
        SmtpCommandException command => (int)command.StatusCode >= 500,
        ParseException or FormatException => true,
        _ => false,
    };

    /// <summary>Addresses are personal data: logs get enough to correlate ("a***@example.com"), not the address.</summary>
    internal static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
    }

    private string TableOf(Type contextType) =>
        tables.GetOrAdd(contextType, _ =>
        {
            using var scope = scopes.CreateScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var entity = context.Model.FindEntityType(typeof(EmailDelivery))
                ?? throw new InvalidOperationException($"{contextType.Name} does not map EmailDelivery; call modelBuilder.AddEmailOutbox() in its OnModelCreating.");
            return $"\"{entity.GetSchema() ?? "public"}\".\"{entity.GetTableName()}\"";
        });

    [LoggerMessage(LogLevel.Error, "Email outbox run failed")]
    private partial void LogWorkerFailed(Exception ex);

    [LoggerMessage(LogLevel.Information, "Email {Id} delivered to {Recipient}")]
    private partial void LogSent(Guid id, string recipient);

    [LoggerMessage(LogLevel.Warning, "Email {Id} to {Recipient} failed (attempt {Attempt}); it will be retried: {Error}")]
    private partial void LogRetry(Guid id, string recipient, int attempt, string error);

    [LoggerMessage(LogLevel.Error, "Email {Id} to {Recipient} is dead after {Attempts} attempt(s): {Error}")]
    private partial void LogDead(Guid id, string recipient, int attempts, string error);

    private sealed record Claimed(Guid Id, string To, string Subject, string Html, string Text, int Attempts);

    private sealed record DeliveryError(string Message, bool Permanent);
}
