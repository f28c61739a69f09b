using Microsoft.AspNetCore.Http;

namespace StayHub.Framework.Http.Hosting;

/// <summary>Headers every answer carries: a JSON API is never framed, sniffed or allowed to leak referrers.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // The interactive docs need scripts and styles; a page that sets its own policy (the admin console's
            // strict 'self' one) keeps it; everything else is data only.
            if (!context.Request.Path.StartsWithSegments("/scalar") && !headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
