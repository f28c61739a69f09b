namespace StayHub.Framework.Contracts.Application;

/// <summary>One application service.</summary>
/// <param name="Name">Interface name without <c>I</c> and <c>AppService</c> (<c>Booking</c>).</param>
/// <param name="RoutePrefix">Route prefix (<c>/api/bookings</c>).</param>
/// <param name="Tag">OpenAPI tag of its operations.</param>
/// <param name="Methods">Its methods.</param>
public sealed record ServiceDefinitionDto(string Name, string RoutePrefix, string Tag, IReadOnlyList<MethodDefinitionDto> Methods);
