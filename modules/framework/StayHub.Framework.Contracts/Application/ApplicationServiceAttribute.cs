namespace StayHub.Framework.Contracts.Application;

/// <summary>The route prefix and OpenAPI tag of an application service (required on every <see cref="IApplicationService"/>).</summary>
/// <param name="routePrefix">Route every method's route is relative to, without a leading slash (<c>api/bookings</c>).</param>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class ApplicationServiceAttribute(string routePrefix) : Attribute
{
    /// <summary>Route every method's route is relative to, without a leading slash.</summary>
    public string RoutePrefix { get; } = routePrefix.Trim('/');

    /// <summary>OpenAPI tag grouping the operations (defaults to the service name).</summary>
    public string? Tag { get; init; }

    /// <summary>Prepended to every operation id of the service (<c>Admin</c> + <c>ListBookings</c>).</summary>
    public string? OperationIdPrefix { get; init; }
}
