using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Auditing;
using StayHub.Framework.Http.RequestStats;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Auditing;

/// <summary>
/// Writes one audit row for every non-GET request: who, what, when, from where, outcome and duration,
/// plus the entity changes saved while it ran. Endpoints marked <see cref="ExcludeFromRequestRecordsMetadata"/> write none.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, AuditLogWriter writer, IAuditScopeAccessor accessor, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }

        var scope = new AuditScope();
        accessor.Current = scope;
        var started = clock.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            accessor.Current = null;
            // Known only once routed: the console's files, health probes and the metrics scrape are no API traffic.
            if (!ExcludeFromRequestRecordsMetadata.AppliesTo(context))
            {
                await WriteAsync(context, currentUser, scope, started);
            }
        }
    }

    private async Task WriteAsync(HttpContext context, ICurrentUser currentUser, AuditScope scope, long started)
    {
        var log = new AuditLog
        {
            UserId = currentUser.Id,
            // The email identifies a person in an audit trail better than a display name.
            UserName = context.User.FindFirst(Security.StayHubClaims.Email)?.Value ?? currentUser.UserName,
            ClientIp = context.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(context.Request.Headers.UserAgent.ToString(), 512),
            HttpMethod = context.Request.Method,
            Path = Truncate(context.Request.Path.Value ?? "/", 2048)!,
            StatusCode = context.Response.StatusCode,
            DurationMs = (long)clock.GetElapsedTime(started).TotalMilliseconds,
            TraceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
            ErrorCode = context.Items.TryGetValue(ErrorCodeItem, out var code) ? code as string : null,
            CreatedAt = clock.GetUtcNow(),
            EntityChanges = [.. scope.Changes],
        };

        // Queued, not stored: the response does not wait for the INSERT (AuditLogWriter batches them). The
        // request may already be aborted by the client; the row is queued regardless.
        await writer.WriteAsync(log, CancellationToken.None);
    }

    public const string ErrorCodeItem = "stayhub.error_code";

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}
