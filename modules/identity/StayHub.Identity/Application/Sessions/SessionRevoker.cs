using OpenIddict.Abstractions;

namespace StayHub.Identity.Application.Sessions;

/// <summary>
/// Ends sign-ins in the token store. Every node validates access tokens against their token and authorization
/// entries (docs/adr/0029), so a revoked row refuses the access token on the next request wherever it lands.
/// Runs on the caller's <c>IdentityDbContext</c> (OpenIddict's stores share the scoped context), so inside the
/// caller's transaction when there is one.
/// </summary>
internal sealed class SessionRevoker(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
{
    /// <summary>Every sign-in of the user: authorizations and all their tokens (access, refresh, codes).</summary>
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }

    /// <summary>One sign-in: the authorization a token belongs to and every token issued under it.</summary>
    public async Task RevokeAuthorizationAsync(string authorizationId, CancellationToken cancellationToken)
    {
        if (await authorizations.FindByIdAsync(authorizationId, cancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
    }
}
