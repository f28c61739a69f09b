using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace StayHub.Framework.Http.Idempotency;

/// <summary>Opting an endpoint into <c>Idempotency-Key</c> handling (api-contract.md, Conventions → Idempotency).</summary>
public static class IdempotencyEndpointExtensions
{
    /// <summary>The request header a client sends.</summary>
    public const string KeyHeader = "Idempotency-Key";

    /// <summary>The response header on a replayed answer.</summary>
    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>
    /// Makes the endpoint honour <c>Idempotency-Key</c>: without the header nothing changes; with it (at most 255
    /// characters, scoped per user, method and route) the first response with a status below 500 is stored for 24 h
    /// and replayed for the same key and the same request (method, path, query and body), with
    /// <c>Idempotency-Replayed: true</c>; the same key with another request is 422 <c>idempotency.key_reused</c>,
    /// and a duplicate while the first is still running is 409 <c>idempotency.in_progress</c>.
    /// </summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithMetadata(IdempotentEndpointMetadata.Instance);
        // The optional header shows in the OpenAPI document (and Scalar), so clients learn the endpoint takes it.
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = KeyHeader,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Client-chosen key (1–255 characters): a repeat of the same request within 24 h replays the first response.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
            });
            return Task.CompletedTask;
        });
        return builder;
    }
}
