namespace StayHub.Framework.Contracts.Application;

/// <summary>What the caller may do (ABP's application-configuration), so a UI shows only the actions that will work.</summary>
[ApplicationService("api/configuration", Tag = "Application")]
[Anonymous]
public interface IApplicationConfigurationAppService : IApplicationService
{
    /// <summary>The current user (or an anonymous one), their roles and every permission granted to them directly or through a role.</summary>
    Task<ApplicationConfigurationDto> GetApplicationConfigurationAsync(CancellationToken cancellationToken);
}
