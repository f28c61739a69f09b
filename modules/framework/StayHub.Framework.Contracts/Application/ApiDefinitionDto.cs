namespace StayHub.Framework.Contracts.Application;

/// <summary>The application services a host serves.</summary>
/// <param name="Services">In the order the host maps them.</param>
public sealed record ApiDefinitionDto(IReadOnlyList<ServiceDefinitionDto> Services);
