using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using StayHub.Identity.Domain;
using StayHub.Identity.Http.External;
using StayHub.Identity.Http.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// The authorization endpoint of the code + PKCE flow (browser apps, external sign-in). A browser with a
/// StayHub session gets a code at once; one without is sent to the provider named by <c>provider</c>
/// (google, facebook) or to the minimal password sign-in page.
/// </summary>
public static class AuthorizeEndpoints
{
    public static void MapAuthorizeEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<AppUser> users, ExternalProviders providers, TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        var session = await context.AuthenticateAsync(SignInSchemes.Session);
        var user = session.Succeeded && session.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } id
            ? await users.FindByIdAsync(id)
            : null;

        if (user is null || await users.IsLockedOutAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return TokenEndpoints.Reject(Errors.LoginRequired, "The user is not signed in.");
            }

            await context.SignOutAsync(SignInSchemes.Session);
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType
                    ? context.Request.Form.Select(p => KeyValuePair.Create(p.Key, p.Value))
                    : context.Request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value)));
            var provider = (request["provider"]?.ToString() ?? string.Empty).ToLowerInvariant();
            return providers.Enabled.Contains(provider)
                ? Results.Redirect($"/api/account/external/{provider}?returnUrl={Uri.EscapeDataString(returnUrl)}")
                : Results.Redirect($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var principal = await PrincipalFactory.CreateAsync(users, user, request.GetScopes(), clock.GetUtcNow());
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
