namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Sets a method's HTTP verb and, optionally, its route where the convention does not give the contract's route.
/// A template is relative to the service's route prefix (<c>"{id}/payments"</c>, <c>""</c> for the prefix itself) or,
/// starting with <c>/</c>, absolute (<c>"/api/bookings/{id}/payments"</c>). Path parameters are named in braces.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class HttpVerbAttribute(string httpMethod, string? template) : Attribute
{
    /// <summary>GET, POST, PUT, PATCH or DELETE.</summary>
    public string HttpMethod { get; } = httpMethod;

    /// <summary>The route, or <c>null</c> to take it from the convention.</summary>
    public string? Template { get; } = template;
}
