using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StayHub.Framework.Http;

/// <summary>Documents the bearer token so the interactive docs can call protected endpoints.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from POST /connect/token.",
        };
        document.Info.Title = "StayHub API";
        return Task.CompletedTask;
    }
}
