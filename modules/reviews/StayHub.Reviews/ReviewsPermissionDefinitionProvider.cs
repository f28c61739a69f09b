using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews;

internal sealed class ReviewsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Reviews", "Reviews")
        .Group("Reviews.Reviews", "Reviews")
        .Add(ReviewsPermissions.Moderate, "List, hide and unhide reviews", Roles.Admin);
}
