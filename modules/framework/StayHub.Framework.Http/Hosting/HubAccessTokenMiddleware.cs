using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// Browsers' WebSocket and server-sent-event clients cannot send an Authorization header, so SignalR passes the token
/// as <c>access_token</c> in the query string. That is accepted on hub paths only (<c>/hubs/…</c>): everywhere else a
/// token in a URL ends up in logs, proxies and browser history, and token validation reads the header alone.
/// </summary>
internal sealed class HubAccessTokenMiddleware(RequestDelegate next)
{
    public const string HubsPrefix = "/hubs";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(HubsPrefix)
            && !context.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && context.Request.Query.TryGetValue("access_token", out var token)
            && !string.IsNullOrEmpty(token))
        {
            context.Request.Headers.Authorization = "Bearer " + token.ToString();
        }

        return next(context);
    }
}
