using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace StayHub.Framework.Http.Idempotency;

/// <summary>Marks an endpoint the idempotency middleware applies to.</summary>
public sealed class IdempotentEndpointMetadata
{
    public static readonly IdempotentEndpointMetadata Instance = new();

    private IdempotentEndpointMetadata()
    {
    }
}
