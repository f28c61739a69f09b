using Microsoft.AspNetCore.Http;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Http.Security;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Application;

/// <summary>The caller from the access token, and each defined permission checked for them (the checker caches grants).</summary>
internal sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser,
    IHttpContextAccessor accessor,
    IPermissionChecker permissions,
    PermissionDefinitionManager definitions) : IApplicationConfigurationAppService
{
    public async Task<ApplicationConfigurationDto> GetApplicationConfigurationAsync(CancellationToken cancellationToken)
    {
        var principal = accessor.HttpContext?.User;
        var user = new CurrentUserDto(
            currentUser.IsAuthenticated,
            currentUser.Id,
            principal?.FindFirst(StayHubClaims.Email)?.Value,
            principal?.FindFirst(StayHubClaims.Name)?.Value,
            currentUser.Roles);
        if (!currentUser.IsAuthenticated)
        {
            return new ApplicationConfigurationDto(user, []);
        }

        var granted = new List<string>();
        foreach (var definition in definitions.All.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (await permissions.IsGrantedAsync(currentUser.Id, currentUser.Roles, definition.Name, cancellationToken))
            {
                granted.Add(definition.Name);
            }
        }

        return new ApplicationConfigurationDto(user, granted);
    }
}
