using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using StayHub.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StayHub.Identity.Http.Tokens;

/// <summary>Builds the claims every StayHub token carries, whichever grant produced it.</summary>
internal static class PrincipalFactory
{
    public const string SessionStartClaim = "stayhub:session_start";
    public const string SecurityStampClaim = "stayhub:security_stamp";
    private static readonly string[] AllowedScopes = [Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess];

    public static async Task<ClaimsPrincipal> CreateAsync(UserManager<AppUser> users, AppUser user, IEnumerable<string> requestedScopes, DateTimeOffset sessionStart)
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
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The session start carried by a refresh token or authorization code (MinValue when absent).</summary>
    public static DateTimeOffset SessionStart(ClaimsPrincipal principal) =>
        long.TryParse(principal.GetClaim(SessionStartClaim), CultureInfo.InvariantCulture, out var started)
            ? DateTimeOffset.FromUnixTimeSeconds(started)
            : DateTimeOffset.MinValue;

    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        // Server-side bookkeeping: kept in the (encrypted) refresh token and code only, never shown to clients.
        SessionStartClaim or SecurityStampClaim => [],
        Claims.Name or Claims.Email or Claims.Role => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
