namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// The machine-readable list of this host's application services (ABP's api-definition): what a generic client or
/// console needs to call them, derived from the same descriptors that map the endpoints.
/// </summary>
[ApplicationService("api/definition", Tag = "Application")]
[Anonymous]
public interface IApiDefinitionAppService : IApplicationService
{
    /// <summary>Every application service this host serves: its methods with verb, route, parameters (name, type, where bound), result, permission and idempotency.</summary>
    Task<ApiDefinitionDto> GetApiDefinitionAsync(CancellationToken cancellationToken);
}
