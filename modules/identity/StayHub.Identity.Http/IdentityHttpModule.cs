using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Modularity;
using StayHub.Framework.Modularity;
using StayHub.Identity.Contracts;
using StayHub.Identity.Contracts.Permissions;
using StayHub.Identity.Http.Endpoints;
using StayHub.Identity.Http.External;
using StayHub.Identity.Http.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StayHub.Identity.Http;

/// <summary>
/// The OpenIddict token server and validation, the sign-in pages and external sign-in (protocol endpoints, mapped by
/// hand), and identity's application services: account, account email, preferences, profile photo, admin users.
/// </summary>
public sealed class IdentityHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(IdentityModule), typeof(FrameworkHttpModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        var tokens = context.Configuration.GetSection("Identity:Tokens").Get<TokenLifetimeOptions>() ?? new TokenLifetimeOptions();
        services.AddSingleton(tokens);

        // Keys come from the database (ServerKeyRing); Configure runs before OpenIddict's own checks in PostConfigure.
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeysConfiguration>();
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowPasswordFlow().AllowRefreshTokenFlow().AllowAuthorizationCodeFlow();
                // Browser and mobile apps are public clients: the code flow is only allowed with PKCE (S256).
                o.RequireProofKeyForCodeExchange();
                // ...and with S256 only: a "plain" challenge is the verifier itself, so whoever sees the authorization
                // request (a log, a browser extension) could redeem the code.
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                o.SetAccessTokenLifetime(tokens.AccessToken);
                o.SetRefreshTokenLifetime(tokens.RefreshTokenSliding);
                // A redeemed refresh token is dead at once; presenting it again revokes the whole chain.
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // Access tokens are signed JWTs that resource servers can read; refresh tokens stay encrypted.
                o.DisableAccessTokenEncryption();
                // Without a configured issuer OpenIddict takes it from the request's Host header, so whoever reaches a
                // node under another name gets a discovery document (and tokens) naming that host. Production sets it.
                if (context.Configuration["Identity:Issuer"] is { Length: > 0 } issuer)
                {
                    o.SetIssuer(Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                        ? uri
                        : throw new InvalidOperationException($"Identity:Issuer must be an absolute http(s) URL, not '{issuer}'."));
                }

                // Sign-out ends the whole sign-in, access tokens included (RFC 7009 §2.1).
                o.AddEventHandler(RevokeSessionOnRevocation.Descriptor);
                var aspNet = o.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!context.Configuration.GetValue("Identity:RequireHttps", context.Environment.IsProduction()))
                {
                    // Local runs and tests speak plain HTTP; production terminates TLS (set Identity:RequireHttps).
                    aspNet.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                // Every request checks the access token's entry and its authorization's entry in the store, so a
                // revocation (sign-out, refresh-token reuse, password reset, admin lock) refuses the token on the
                // next request on every node, not 15 minutes later (docs/adr/0029). After UseLocalServer, whose
                // configuration would otherwise reset the token-entry flag.
                o.EnableTokenEntryValidation();
                o.EnableAuthorizationEntryValidation();
                // Tokens only from the Authorization header: a token in a URL ends up in logs, history and
                // Referer, and one in a form body lets a cross-site form act as the user. SignalR's browser
                // client can only send it in the query; HubAccessTokenMiddleware moves it to the header for
                // /hubs/* alone.
                o.UseAspNetCore()
                    .DisableAccessTokenExtractionFromBodyForm()
                    .DisableAccessTokenExtractionFromQueryString();
            });

        var providers = services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddStayHubExternalProviders(context.Configuration);
        services.AddSingleton(providers);
        services.AddAntiforgery(o => o.Cookie.Name = "__stayhub_af");
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTokenEndpoints();
        endpoints.MapAuthorizeEndpoints();
        endpoints.MapUserInfoEndpoints();
        endpoints.MapEndSessionEndpoints();
        endpoints.MapLoginPageEndpoints();
        endpoints.MapExternalLoginEndpoints();
        endpoints.MapApplicationService<IAccountAppService>();
        endpoints.MapApplicationService<IAccountEmailAppService>();
        endpoints.MapApplicationService<IPreferencesAppService>();
        endpoints.MapApplicationService<IProfilePhotoAppService>();
        endpoints.MapApplicationService<IUserAdminAppService>();
        endpoints.MapApplicationService<IPermissionAdminAppService>();
    }
}
