using Microsoft.AspNetCore.Builder;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Requires an authenticated caller holding <paramref name="permission"/> (directly or through a role).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission);
}
