using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using StayHub.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// OpenID Connect's userinfo endpoint (Core 1.0 §5.3): what OIDC client libraries call after sign-in. OpenIddict
/// has validated the access token; the answer is read from the account now, not from the token, and holds only what
/// the token's scopes allow.
/// </summary>
public static class UserInfoEndpoints
{
    public static void MapUserInfoEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<AppUser> users)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = token.Principal?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
        if (token.Principal is null || user is null || await users.IsLockedOutAsync(user))
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account behind this token is gone or locked.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        if (token.Principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = user.Email;
            claims[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (token.Principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = user.DisplayName;
            if (user.PhotoUrl is { Length: > 0 } photo)
            {
                claims[Claims.Picture] = photo;
            }
        }

        if (token.Principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = await users.GetRolesAsync(user);
        }

        return Results.Ok(claims);
    }
}
