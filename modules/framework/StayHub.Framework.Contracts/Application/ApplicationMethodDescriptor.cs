using System.Reflection;

namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// One application-service method as the server maps it, <c>/api/definition</c> lists it and the C# proxy calls it:
/// all of it derived once by <see cref="ApplicationServiceConventions"/> from the interface and its attributes.
/// </summary>
/// <param name="Method">The interface method.</param>
/// <param name="Name">Method name without <c>Async</c>.</param>
/// <param name="OperationId">OpenAPI operation id (the service's prefix + <paramref name="Name"/>).</param>
/// <param name="HttpMethod">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="Route">Absolute route with named path parameters and no constraints (<c>/api/bookings/{id}/cancel</c>).</param>
/// <param name="Parameters">Every parameter in declaration order.</param>
/// <param name="ResultType">The awaited result type, or <c>null</c> for none.</param>
/// <param name="SuccessStatus">200, 201, 202 or 204.</param>
/// <param name="Permission">Permission required, or <c>null</c>.</param>
/// <param name="AllowAnonymous">Whether callers need not sign in.</param>
/// <param name="Idempotent">Whether it honours <c>Idempotency-Key</c>.</param>
/// <param name="RateLimitPolicy">Named rate-limit policy, or <c>null</c>.</param>
/// <param name="CreatedLocation">Location template of a 201, or <c>null</c>.</param>
/// <param name="LocationFromRoute">Whether the location's placeholders are route values (else the result's properties).</param>
/// <param name="ErrorStatuses">Every error status it can answer, ascending.</param>
/// <param name="DeclaredErrorCodes">The codes of its <see cref="ProducesErrorCodesAttribute"/>, ordinal order (the
/// ones the conventions imply are added where they are published).</param>
public sealed record ApplicationMethodDescriptor(
    MethodInfo Method,
    string Name,
    string OperationId,
    string HttpMethod,
    string Route,
    IReadOnlyList<ApplicationParameterDescriptor> Parameters,
    Type? ResultType,
    int SuccessStatus,
    string? Permission,
    bool AllowAnonymous,
    bool Idempotent,
    string? RateLimitPolicy,
    string? CreatedLocation,
    bool LocationFromRoute,
    IReadOnlyList<int> ErrorStatuses,
    IReadOnlyList<string> DeclaredErrorCodes)
{
    /// <summary>The parameter sent as the JSON body, if any.</summary>
    public ApplicationParameterDescriptor? Body => Parameters.FirstOrDefault(p => p.Source == ParameterBindingSource.Body);

    /// <summary>The file parameter, if any.</summary>
    public ApplicationParameterDescriptor? Upload => Parameters.FirstOrDefault(p => p.Source == ParameterBindingSource.Form);
}
