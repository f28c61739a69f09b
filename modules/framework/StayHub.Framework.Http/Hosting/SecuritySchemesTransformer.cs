using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StayHub.Framework.Http;

/// <summary>
/// Documents how to get and send a token: an OAuth 2.0 scheme with the password and authorization-code (PKCE) flows
/// of /connect/token and /connect/authorize, so Scalar and Postman can fetch a token themselves, and the plain bearer
/// scheme for a token obtained elsewhere. Every operation that can answer 401 lists both as its security.
/// </summary>
internal sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public const string OAuth2 = "OAuth2";
    public const string Bearer = "Bearer";

    private static readonly Dictionary<string, string> Scopes = new(StringComparer.Ordinal)
    {
        ["openid"] = "Sign in (OpenID Connect).",
        ["offline_access"] = "A refresh token, to stay signed in.",
        ["email"] = "The account's email address.",
        ["profile"] = "The display name and photo.",
        ["roles"] = "The account's roles.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OAuth2] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "StayHub's own OpenID Connect server. Public clients: client_id stayhub-app; the code flow requires PKCE with S256.",
            Flows = new OpenApiOAuthFlows
            {
                Password = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>(Scopes),
                },
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>(Scopes),
                },
            },
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from POST /connect/token.",
        };

        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
        {
            if (operation.Responses?.ContainsKey("401") == true)
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OAuth2, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
                ];
            }
        }

        document.Info.Title = "StayHub API";
        return Task.CompletedTask;
    }
}
