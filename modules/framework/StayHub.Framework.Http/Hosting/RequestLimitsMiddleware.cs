using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// Applies the endpoint's body size limit (1 MB unless the endpoint declares more): a declared
/// Content-Length over the limit is refused before reading; streamed bodies are capped by the server.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        // Metadata with a null size means "no limit" (DisableRequestSizeLimit); no metadata means the default.
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? DefaultMaxBodyBytes : metadata.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            throw new StayHubException(ErrorKind.TooLarge, ErrorCodes.RequestTooLarge, $"The request body may not exceed {max} bytes.");
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
