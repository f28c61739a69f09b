using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Server.AspNetCore;
using StayHub.Identity.Http.External;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// OpenID Connect RP-initiated logout (<c>end_session_endpoint</c>): ends the browser's StayHub session, so the next
/// /connect/authorize asks for credentials again, and sends the browser to the client's registered
/// <c>post_logout_redirect_uri</c> (OpenIddict has checked it against the client). Apps revoke their refresh token
/// at /connect/revoke as well; the session cookie is the part only this endpoint can end.
/// </summary>
public static class EndSessionEndpoints
{
    public static void MapEndSessionEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)EndSessionAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(SignInSchemes.Session);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
