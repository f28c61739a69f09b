using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using StayHub.Framework.Http.Hosting;
using StayHub.Identity.Application.Sessions;
using StayHub.Identity.Application.Tokens;
using StayHub.Identity.Domain;
using StayHub.Identity.Http.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>
/// The token endpoint's grant handling (OpenIddict validates the protocol, we decide who gets a token).
/// Errors here follow OAuth 2.0 (RFC 6749 §5.2: <c>{error, error_description}</c>), which clients of a token endpoint expect.
/// </summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", ExchangeAsync)
            .WithTags("Tokens")
            .WithName("Token")
            .WithSummary("OAuth 2.0 token endpoint: password, authorization_code (PKCE) and refresh_token grants (form-encoded).")
            .RequireRateLimiting(RateLimitingSetup.AuthPolicy)
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> ExchangeAsync(
        HttpContext context,
        CredentialValidator credentials,
        UserManager<AppUser> users,
        TokenLifetimeOptions lifetimes,
        SignInRecorder signIns,
        TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");

        if (request.IsPasswordGrantType())
        {
            var (result, user) = await credentials.ValidateAsync(request.Username, request.Password, ClientAddress.Of(context));
            if (result != CredentialResult.Valid || user is null)
            {
                // One message for unknown email, wrong password and lockout: nothing to learn about accounts.
                return Reject(Errors.InvalidGrant, "The email or password is invalid, or the account is temporarily locked.");
            }

            await signIns.RecordAsync(user.Id, context.RequestAborted);
            return SignIn(await PrincipalFactory.CreateAsync(users, user, request.GetScopes(), clock.GetUtcNow()));
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            // OpenIddict has already validated the code (PKCE included) or the refresh token; re-check the user.
            var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (principal is null || user is null)
            {
                return Reject(Errors.InvalidGrant, "The grant is no longer valid.");
            }

            var sessionStart = PrincipalFactory.SessionStart(principal);
            if (clock.GetUtcNow() - sessionStart > lifetimes.RefreshTokenAbsolute)
            {
                return Reject(Errors.InvalidGrant, "The sign-in has expired; sign in again.");
            }

            // A password change or an admin action rotates the stamp and so ends every existing sign-in.
            if (await users.IsLockedOutAsync(user) || principal.GetClaim(PrincipalFactory.SecurityStampClaim) != user.SecurityStamp)
            {
                return Reject(Errors.InvalidGrant, "The grant is no longer valid.");
            }

            if (request.IsAuthorizationCodeGrantType())
            {
                // A code is a new sign-in (the login page or an external provider); a refresh only extends one.
                await signIns.RecordAsync(user.Id, context.RequestAborted);
            }

            return SignIn(await PrincipalFactory.CreateAsync(users, user, principal.GetScopes(), sessionStart));
        }

        return Reject(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    internal static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
