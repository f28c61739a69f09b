using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// An answer to a signed-in caller is theirs alone (profile, bookings, payments, admin lists): unless the endpoint said
/// otherwise, it carries <c>Cache-Control: no-store</c>, so no shared cache, proxy or browser history keeps a copy.
/// </summary>
internal sealed class PrivateResponseCacheMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var signedIn = context.User.Identity?.IsAuthenticated == true || context.Request.Headers.ContainsKey(HeaderNames.Authorization);
            if (signedIn && !context.Response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
