using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Http.Auditing;
using StayHub.Framework.RequestStats;

namespace StayHub.Framework.Http.RequestStats;

/// <summary>
/// Counts every request (reads included) into this node's <see cref="RequestStatsRecorder"/>: status class, duration
/// and Problem Details code. Outermost, so it sees the final status code and the whole time the pipeline took. Costs
/// two timestamp reads, a clock read and a few interlocked increments; nothing waits for the database.
/// </summary>
internal sealed class RequestStatsMiddleware(RequestDelegate next, RequestStatsRecorder recorder)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (!ExcludeFromRequestRecordsMetadata.AppliesTo(context))
            {
                recorder.Record(
                    context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started),
                    context.Items.TryGetValue(AuditMiddleware.ErrorCodeItem, out var code) ? code as string : null);
            }
        }
    }
}
