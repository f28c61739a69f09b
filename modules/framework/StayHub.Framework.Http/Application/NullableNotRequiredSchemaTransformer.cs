using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StayHub.Framework.Http.Application;

/// <summary>
/// A record's constructor parameters are all "required" to the schema generator, nullable ones included; a field a
/// client may leave out (<c>CreateBookingRequest.message</c>) must not be listed as required, or generated clients
/// refuse to send a request without it.
/// </summary>
internal sealed class NullableNotRequiredSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var nullable = property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (nullable)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
