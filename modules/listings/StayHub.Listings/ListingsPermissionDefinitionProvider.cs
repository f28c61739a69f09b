using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Listings;

internal sealed class ListingsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Listings", "Listings")
        .Group("Listings.Listing", "Listings")
        .Add(ListingsPermissions.ListingsManageOwn, "Create listings and manage one's own", Roles.Host)
        .Add(ListingsPermissions.ListingsModerate, "See, publish and unpublish every listing", Roles.Admin);
}
