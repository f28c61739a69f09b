namespace StayHub.Framework.Contracts.Application;

/// <summary>One application-service method as it is called over HTTP.</summary>
/// <param name="Name">Method name without <c>Async</c>.</param>
/// <param name="OperationId">OpenAPI operation id.</param>
/// <param name="HttpMethod">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="Route">Route with <c>{name}</c> path parameters.</param>
/// <param name="Parameters">What the request carries, as the OpenAPI document lists it (a query record as one entry per field).</param>
/// <param name="ReturnType">Result type (C# spelling, e.g. <c>CursorPage&lt;BookingDto&gt;</c>), or <c>null</c> for none.</param>
/// <param name="SuccessStatus">Status of success (200, 201, 202, 204).</param>
/// <param name="ErrorStatuses">Error statuses it may answer.</param>
/// <param name="Permission">Permission required, or <c>null</c>.</param>
/// <param name="AllowAnonymous">Whether it may be called without signing in.</param>
/// <param name="Idempotent">Whether it honours <c>Idempotency-Key</c>.</param>
/// <param name="RateLimitPolicy">Named rate-limit policy it counts against, or <c>null</c>.</param>
public sealed record MethodDefinitionDto(
    string Name,
    string OperationId,
    string HttpMethod,
    string Route,
    IReadOnlyList<ParameterDefinitionDto> Parameters,
    string? ReturnType,
    int SuccessStatus,
    IReadOnlyList<int> ErrorStatuses,
    string? Permission,
    bool AllowAnonymous,
    bool Idempotent,
    string? RateLimitPolicy);
