using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using StayHub.Framework.Permissions;

namespace StayHub.Framework.Http.Security;

/// <summary>
/// Turns every defined permission name into an authorization policy on demand, so endpoints just say
/// <c>.RequireAuthorization("Identity.Users.Read")</c>.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionManager definitions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || definitions.Find(policyName) is null)
        {
            return policy;
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
