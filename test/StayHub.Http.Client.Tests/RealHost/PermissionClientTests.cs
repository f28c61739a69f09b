using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Identity.Contracts;
using StayHub.Identity.Contracts.Permissions;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The permission admin service through the proxies, against the real host.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class PermissionClientTests(ClientHostFixture host)
{
    private static UpdatePermissionsRequest Change(string name, bool granted) => new([new PermissionGrantChange(name, granted)]);

    [Fact]
    [CoversMethod(typeof(IPermissionAdminAppService), nameof(IPermissionAdminAppService.GetPermissionsAsync))]
    public async Task An_admin_reads_the_tree_and_a_guest_is_forbidden()
    {
        var guest = await host.CreateUserAsync();
        var admin = host.Admin().Get<IPermissionAdminAppService>();

        var tree = await admin.GetPermissionsAsync(CancellationToken.None);

        tree.Groups.Single(g => g.Name == "Admin.Dashboard").Permissions.ShouldHaveSingleItem().GrantedRoles.ShouldBe([Roles.Admin]);
        tree.Roles.Single(r => r.Name == Roles.Admin).Permissions.ShouldContain(IdentityPermissions.PermissionsManage);
        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() => guest.Get<IPermissionAdminAppService>().GetPermissionsAsync(CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    [CoversMethod(typeof(IPermissionAdminAppService), nameof(IPermissionAdminAppService.GetRolePermissionsAsync))]
    [CoversMethod(typeof(IPermissionAdminAppService), nameof(IPermissionAdminAppService.UpdateRolePermissionsAsync))]
    public async Task An_admin_grants_a_role_a_permission_and_the_admin_role_keeps_permission_management()
    {
        var admin = host.Admin().Get<IPermissionAdminAppService>();
        (await admin.GetRolePermissionsAsync(Roles.Host, CancellationToken.None)).Permissions
            .Single(p => p.Name == AdminPermissions.AuditLogsRead).IsGranted.ShouldBeFalse();
        try
        {
            var granted = await admin.UpdateRolePermissionsAsync(Roles.Host, Change(AdminPermissions.AuditLogsRead, true), CancellationToken.None);

            granted.Permissions.Single(p => p.Name == AdminPermissions.AuditLogsRead).GrantedBy.ShouldBe(["role:host"]);
            (await admin.GetRolePermissionsAsync(Roles.Host, CancellationToken.None)).Permissions
                .Single(p => p.Name == AdminPermissions.AuditLogsRead).IsGranted.ShouldBeTrue();
        }
        finally
        {
            await admin.UpdateRolePermissionsAsync(Roles.Host, Change(AdminPermissions.AuditLogsRead, false), CancellationToken.None);
        }

        var conflict = await Should.ThrowAsync<StayHubRemoteException>(() =>
            admin.UpdateRolePermissionsAsync(Roles.Admin, Change(IdentityPermissions.PermissionsManage, false), CancellationToken.None));
        conflict.Status.ShouldBe(409);
        conflict.Code.ShouldBe(IdentityErrorCodes.AdminKeepsPermissionsManage);
        var missing = await Should.ThrowAsync<StayHubRemoteException>(() => admin.GetRolePermissionsAsync("wizard", CancellationToken.None));
        missing.Status.ShouldBe(404);
    }

    [Fact]
    [CoversMethod(typeof(IPermissionAdminAppService), nameof(IPermissionAdminAppService.GetUserPermissionsAsync))]
    [CoversMethod(typeof(IPermissionAdminAppService), nameof(IPermissionAdminAppService.UpdateUserPermissionsAsync))]
    public async Task A_user_grant_opens_a_route_to_that_user_and_unknown_names_are_400()
    {
        var user = await host.CreateUserAsync();
        var admin = host.Admin().Get<IPermissionAdminAppService>();
        var users = user.Get<IUserAdminAppService>();
        (await Should.ThrowAsync<StayHubRemoteException>(() => users.ListUsersAsync(new UserListQuery(null, null, 1, null), CancellationToken.None))).Status.ShouldBe(403);

        var granted = await admin.UpdateUserPermissionsAsync(user.Id, Change(IdentityPermissions.UsersRead, true), CancellationToken.None);

        granted.Permissions.Single(p => p.Name == IdentityPermissions.UsersRead).GrantedBy.ShouldBe(["user"]);
        (await users.ListUsersAsync(new UserListQuery(null, null, 1, null), CancellationToken.None)).Items.ShouldNotBeEmpty();
        (await admin.GetUserPermissionsAsync(user.Id, CancellationToken.None)).Permissions.Where(p => p.IsGranted).Select(p => p.Name).ShouldBe([IdentityPermissions.UsersRead]);
        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() =>
            admin.UpdateUserPermissionsAsync(user.Id, Change("Identity.Users.Teleport", true), CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Errors.Keys.ShouldAllBe(k => k.StartsWith("permissions", StringComparison.Ordinal));
        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() => admin.GetUserPermissionsAsync(Guid.CreateVersion7(), CancellationToken.None));
        unknown.Status.ShouldBe(404);
    }
}
