using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Security;

internal sealed class PermissionAuthorizationHandler(IPermissionChecker checker, ICurrentUser currentUser)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (!currentUser.IsAuthenticated)
        {
            return;
        }

        var cancellationToken = (context.Resource as Microsoft.AspNetCore.Http.HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (await checker.IsGrantedAsync(currentUser.Id, currentUser.Roles, requirement.Permission, cancellationToken))
        {
            context.Succeed(requirement);
        }
    }
}
