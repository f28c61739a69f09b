using OpenIddict.Abstractions;
using OpenIddict.Server;
using StayHub.Identity.Application.Sessions;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace StayHub.Identity.Http.Tokens;

/// <summary>
/// <c>/connect/revoke</c> is sign-out: OpenIddict revokes only the presented token, which would leave the access
/// tokens of that sign-in working for their lifetime. RFC 7009 §2.1 asks servers to invalidate the access tokens of
/// the same grant too, so the whole authorization goes (its other sign-ins stay).
/// </summary>
internal sealed class RevokeSessionOnRevocation(SessionRevoker sessions) : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<RevokeSessionOnRevocation>()
            .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        if (context.IsRejected || context.GenericTokenPrincipal?.GetAuthorizationId() is not { Length: > 0 } authorizationId)
        {
            return;
        }

        await sessions.RevokeAuthorizationAsync(authorizationId, context.CancellationToken);
    }
}
