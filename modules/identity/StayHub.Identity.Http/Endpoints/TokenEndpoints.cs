using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using StayHub.Framework.Http.Hosting;
using OpenIddict.Server.AspNetCore;
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
    private const string SessionStartClaim = "stayhub:session_start";
    private const string SecurityStampClaim = "stayhub:security_stamp";
    private static readonly string[] AllowedScopes = [Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess];

    public static void MapTokenEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", ExchangeAsync)
            .WithTags("Tokens")
            .WithName("Token")
            .WithSummary("OAuth 2.0 token endpoint: password and refresh_token grants (form-encoded).")
            .RequireRateLimiting(RateLimitingSetup.AuthPolicy)
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> ExchangeAsync(
        HttpContext context,
        CredentialValidator credentials,
        UserManager<AppUser> users,
        TokenLifetimeOptions lifetimes,
        TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");

        if (request.IsPasswordGrantType())
        {
            var (result, user) = await credentials.ValidateAsync(request.Username, request.Password);
            if (result != CredentialResult.Valid || user is null)
            {
                // One message for unknown email, wrong password and lockout: nothing to learn about accounts.
                return Reject(Errors.InvalidGrant, "The email or password is invalid, or the account is temporarily locked.");
            }

            var identity = await CreateIdentityAsync(users, user, request.GetScopes(), clock.GetUtcNow());
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsRefreshTokenGrantType())
        {
            var authenticated = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var principal = authenticated.Principal;
            var user = principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (principal is null || user is null)
            {
                return Reject(Errors.InvalidGrant, "The refresh token is no longer valid.");
            }

            var sessionStart = long.TryParse(principal.GetClaim(SessionStartClaim), CultureInfo.InvariantCulture, out var started)
                ? DateTimeOffset.FromUnixTimeSeconds(started)
                : DateTimeOffset.MinValue;
            var now = clock.GetUtcNow();
            if (now - sessionStart > lifetimes.RefreshTokenAbsolute)
            {
                return Reject(Errors.InvalidGrant, "The sign-in has expired; sign in again.");
            }

            // A password change or an admin action rotates the stamp and so ends every existing sign-in.
            if (await users.IsLockedOutAsync(user) || principal.GetClaim(SecurityStampClaim) != user.SecurityStamp)
            {
                return Reject(Errors.InvalidGrant, "The refresh token is no longer valid.");
            }

            var identity = await CreateIdentityAsync(users, user, principal.GetScopes(), sessionStart);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Reject(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<ClaimsIdentity> CreateIdentityAsync(UserManager<AppUser> users, AppUser user, IEnumerable<string> requestedScopes, DateTimeOffset sessionStart)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(SessionStartClaim, sessionStart.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))
            .SetClaim(SecurityStampClaim, user.SecurityStamp)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(requestedScopes.Intersect(AllowedScopes, StringComparer.Ordinal));
        identity.SetDestinations(Destinations);
        return identity;
    }

    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        // Server-side bookkeeping: kept in the (encrypted) refresh token only, never shown to clients.
        SessionStartClaim or SecurityStampClaim => [],
        Claims.Name or Claims.Email or Claims.Role => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };

    private static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
