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
/// pickup folder). Each message is claimed with <c>FOR UPDATE SKIP LOCKED</c> in its own transaction, so several nodes
/// share the work and never hold the same row, and its outcome is committed right after the SMTP answer: a node that
/// dies between the two leaves the row pending (sent again, the only duplicate window), anything committed as sent is
/// never sent again. Failures back off exponentially; permanent rejections and the last attempt make it dead.
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
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Claimed? claimed = null;
        await using (var claim = new NpgsqlCommand(
            $"""
            SELECT id, recipient, subject, html_body, text_body, attempts FROM {table}
            WHERE status IN ('pending', 'failed') AND next_attempt_at <= @now
            ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.AddWithValue("now", now);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                claimed = new Claimed(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? string.Empty : reader.GetString(3), reader.IsDBNull(4) ? string.Empty : reader.GetString(4), reader.GetInt32(5));
            }
        }

        if (claimed is null)
        {
            return null;
        }

        var error = await TryDeliverAsync(claimed, cancellationToken);
        await using var update = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        update.Parameters.AddWithValue("id", claimed.Id);
        update.Parameters.AddWithValue("now", clock.GetUtcNow());
        if (error is null)
        {
            update.CommandText = $"UPDATE {table} SET status = 'sent', attempts = attempts + 1, sent_at = @now, next_attempt_at = NULL, last_error = NULL, html_body = NULL, text_body = NULL WHERE id = @id";
            LogSent(claimed.Id, Mask(claimed.To));
        }
        else
        {
            var attempts = claimed.Attempts + 1;
            var dead = error.Permanent || attempts >= options.Value.MaxAttempts;
            update.Parameters.AddWithValue("error", error.Message.Length > EmailOutboxExtensions.MaxErrorLength ? error.Message[..EmailOutboxExtensions.MaxErrorLength] : error.Message);
            update.Parameters.AddWithValue("next", clock.GetUtcNow() + Backoff(attempts));
            update.CommandText = dead
                ? $"UPDATE {table} SET status = 'dead', attempts = attempts + 1, last_error = @error, next_attempt_at = NULL WHERE id = @id"
                : $"UPDATE {table} SET status = 'failed', attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE id = @id";
            if (dead)
            {
                LogDead(claimed.Id, Mask(claimed.To), attempts, error.Message);
            }
            else
            {
                LogRetry(claimed.Id, Mask(claimed.To), attempts, error.Message);
            }
        }

        // The outcome is recorded even when the host is stopping: the SMTP server has already answered.
        await update.ExecuteNonQueryAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return error is null;
    }

    private async Task<DeliveryError?> TryDeliverAsync(Claimed claimed, CancellationToken cancellationToken)
    {
        try
        {
            await transport.DeliverAsync(new EmailMessage(claimed.To, claimed.Subject, claimed.Html, claimed.Text), cancellationToken);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryError($"{ex.GetType().Name}: {ex.Message}", IsPermanent(ex));
        }
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
