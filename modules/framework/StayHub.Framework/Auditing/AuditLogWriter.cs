using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StayHub.Framework.Auditing;

public sealed class AuditLogWriter(IServiceScopeFactory scopes, ILogger<AuditLogWriter> logger)
{
    /// <summary>Stores one audit row in its own context and transaction; a failure is logged, never thrown to the caller.</summary>
    public async Task WriteAsync(AuditLog log, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            db.AuditLogs.Add(log);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not write the audit log for {Method} {Path}", log.HttpMethod, log.Path);
        }
    }
}
