namespace StayHub.Framework.Contracts.Application;

/// <summary>An application-service interface as a whole: name, prefix, tag and methods.</summary>
/// <param name="ServiceType">The interface.</param>
/// <param name="Name">Interface name without the leading <c>I</c> and trailing <c>AppService</c> (<c>BookingAdmin</c>).</param>
/// <param name="RoutePrefix">Route prefix with a leading slash (<c>/api/admin/bookings</c>).</param>
/// <param name="Tag">OpenAPI tag.</param>
/// <param name="Methods">Its methods, in declaration order.</param>
public sealed record ApplicationServiceDescriptor(
    Type ServiceType,
    string Name,
    string RoutePrefix,
    string Tag,
    IReadOnlyList<ApplicationMethodDescriptor> Methods);
