using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Http.Application;

/// <summary>
/// An application-service operation's summary is its interface method's XML doc summary, and its
/// <c>x-error-codes</c> are the stable codes it may answer (<see cref="OperationErrorCodes"/>).
/// </summary>
internal sealed class ApplicationServiceOperationTransformer : IOpenApiOperationTransformer
{
    /// <summary>The OpenAPI extension listing an operation's error codes.</summary>
    public const string ErrorCodesExtension = "x-error-codes";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApplicationMethodDescriptor>().FirstOrDefault();
        if (method is null)
        {
            return Task.CompletedTask;
        }

        if (XmlDocumentation.SummaryOf(method.Method) is { } summary)
        {
            operation.Summary = summary;
        }

        var codes = OperationErrorCodes.Of(method);
        if (codes.Count > 0)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
            operation.Extensions[ErrorCodesExtension] = new JsonNodeExtension(new JsonArray([.. codes.Select(c => JsonValue.Create(c))]));
        }

        return Task.CompletedTask;
    }
}
