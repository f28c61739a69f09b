using System.Net;
using System.Net.Http.Headers;
using StayHub.Http.Client.Proxies;

namespace StayHub.Http.Client;

/// <summary>
/// Puts the caller's bearer token on every attempt (inside the retry loop, so a retry after a long back-off carries a
/// fresh token), and answers one 401 by dropping the rejected token and trying once more with a new one: the server
/// refuses an unauthenticated request before running anything, so the re-send cannot do the work twice.
/// </summary>
internal sealed class AccessTokenHandler(IAccessTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        if (token is null)
        {
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized
            || !request.Options.TryGetValue(RequestOptionKeys.Resendable, out var resendable) || !resendable)
        {
            return response;
        }

        await tokens.RejectAsync(token, cancellationToken);
        var renewed = await tokens.GetAccessTokenAsync(cancellationToken);
        if (renewed is null || renewed == token)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken);
    }
}
