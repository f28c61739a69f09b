using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Http.Application;

/// <summary>An application-service operation's summary is its interface method's XML doc summary.</summary>
internal sealed class ApplicationServiceOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApplicationMethodDescriptor>().FirstOrDefault();
        if (method is not null && XmlDocumentation.SummaryOf(method.Method) is { } summary)
        {
            operation.Summary = summary;
        }

        return Task.CompletedTask;
    }
}
