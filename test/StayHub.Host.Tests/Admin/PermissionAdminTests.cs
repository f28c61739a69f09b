using System.Net;
using System.Text;
using System.Text.Json;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Auditing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;
using StayHub.Identity.Contracts.Permissions;

namespace StayHub.Host.Tests.Admin;

/// <summary>
/// The permission routes: the definition tree, role and user grants (effective set), changes of only the named
/// grants, their effect on a caller's next request, audit rows naming the grant, and the admin role's guard.
/// Tests that change a role's grants put them back (the host collection runs its classes one at a time).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PermissionAdminTests(HostFixture host)
{
    private const string Base = "/api/admin/permissions";

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", Base },
        { "GET", Base + "/role/guest" },
        { "PUT", Base + "/role/guest" },
        { "GET", Base + "/user/{id}" },
        { "PUT", Base + "/user/{id}" },
    };

    private static StringContent Json<T>(T body) =>
        new(JsonSerializer.Serialize(body, ApiAssertions.JsonOptions), Encoding.UTF8, "application/json");

    private static UpdatePermissionsRequest Change(string name, bool granted) => new([new PermissionGrantChange(name, granted)]);

    private static HttpRequestMessage Request(string method, string route, Guid id) => new(new HttpMethod(method), route.Replace("{id}", id.ToString(), StringComparison.Ordinal))
    {
        Content = method == "PUT" ? Json(Change(AdminPermissions.DashboardRead, true)) : null,
    };

    private async Task<HttpClient> HostClientAsync()
    {
        var user = await host.CreateUserAsync();
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        return await host.CreateClient().AuthenticateAsync(user.Email, user.Password);
    }

    /// <summary>One permission's state as text, "granted by a, b" or "not granted" (records holding lists compare them by reference).</summary>
    private static string Grant(PermissionGrantsDto grants, string name)
    {
        var grant = grants.Permissions.Single(p => p.Name == name);
        return grant.IsGranted ? $"granted by {string.Join(", ", grant.GrantedBy)}" : $"not granted{string.Join(", ", grant.GrantedBy)}";
    }

    private static async Task<PermissionGrantsDto> PutAsync(HttpClient admin, string url, UpdatePermissionsRequest request)
    {
        using var response = await admin.PutAsync(url, Json(request));
        return await response.ShouldBeJsonAsync<PermissionGrantsDto>();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_is_401(string method, string route)
    {
        using var response = await host.CreateClient().SendAsync(Request(method, route, Guid.CreateVersion7()));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_guest_and_a_host_are_403_and_nothing_changes(string method, string route)
    {
        var guest = await host.CreateUserAsync();
        var hostClient = await HostClientAsync();

        using var asGuest = await guest.Client.SendAsync(Request(method, route, guest.Id));
        using var asHost = await hostClient.SendAsync(Request(method, route, guest.Id));

        await asGuest.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await asHost.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        var admin = await host.CreateAdminClientAsync();
        var roleGrants = await (await admin.GetAsync(Base + "/role/guest")).ShouldBeJsonAsync<PermissionGrantsDto>();
        roleGrants.Permissions.Single(p => p.Name == AdminPermissions.DashboardRead).IsGranted.ShouldBeFalse();
        var userGrants = await (await admin.GetAsync($"{Base}/user/{guest.Id}")).ShouldBeJsonAsync<PermissionGrantsDto>();
        userGrants.Permissions.Where(p => p.IsGranted).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_tree_lists_modules_groups_permissions_parents_and_each_roles_grants()
    {
        var admin = await host.CreateAdminClientAsync();

        var tree = await (await admin.GetAsync(Base)).ShouldBeJsonAsync<PermissionTreeDto>();

        var users = tree.Groups.Single(g => g.Name == "Identity.Users");
        users.Module.ShouldBe("Identity");
        users.DisplayName.ShouldBe("Users");
        users.ModuleDisplayName.ShouldBe("Identity");
        users.Permissions.Select(p => p.Name).ShouldBe([IdentityPermissions.UsersRead, IdentityPermissions.UsersManage]);
        users.Permissions[1].Parent.ShouldBe(IdentityPermissions.UsersRead);
        users.Permissions[0].Parent.ShouldBeNull();
        users.Permissions[0].GrantedRoles.ShouldBe([Roles.Admin]);
        var audit = tree.Groups.Single(g => g.Name == "Auditing.Logs");
        audit.DisplayName.ShouldBe("Audit log");
        audit.Permissions.ShouldHaveSingleItem().Name.ShouldBe(AdminPermissions.AuditLogsRead);
        tree.Groups.Single(g => g.Name == "Listings.Listing").Permissions.Single(p => p.Name == "Listings.Listing.Create").GrantedRoles.ShouldBe([Roles.Host]);
        tree.Groups.Select(g => g.Module).ShouldBe(tree.Groups.Select(g => g.Module).Order(StringComparer.Ordinal));
        tree.Roles.Select(r => r.Name).ShouldBe(Roles.All);
        var adminGrants = tree.Roles.Single(r => r.Name == Roles.Admin).Permissions;
        adminGrants.ShouldContain(AdminPermissions.AuditLogsRead);
        adminGrants.ShouldContain(AdminPermissions.DashboardRead);
        adminGrants.ShouldContain(IdentityPermissions.PermissionsManage);
        tree.Roles.Single(r => r.Name == Roles.Guest).Permissions.ShouldNotContain(AdminPermissions.DashboardRead);
    }

    [Fact]
    public async Task Ticking_a_permission_for_the_guest_role_opens_the_route_to_guests_and_unticking_closes_it()
    {
        var admin = await host.CreateAdminClientAsync();
        var guest = await host.CreateUserAsync();
        var url = Base + "/role/guest";
        await (await guest.Client.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        try
        {
            var granted = await PutAsync(admin, url, Change(IdentityPermissions.UsersRead, true));

            granted.ProviderName.ShouldBe("role");
            granted.ProviderKey.ShouldBe(Roles.Guest);
            Grant(granted, IdentityPermissions.UsersRead).ShouldBe("granted by role:guest");
            // The same access token: permissions are checked at each request, not carried in the token.
            (await guest.Client.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var read = await (await admin.GetAsync(url)).ShouldBeJsonAsync<PermissionGrantsDto>();
            read.Permissions.Single(p => p.Name == IdentityPermissions.UsersRead).IsGranted.ShouldBeTrue();

            var revoked = await PutAsync(admin, url, Change(IdentityPermissions.UsersRead, false));

            Grant(revoked, IdentityPermissions.UsersRead).ShouldBe("not granted");
            await (await guest.Client.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }
        finally
        {
            (await admin.PutAsync(url, Json(Change(IdentityPermissions.UsersRead, false)))).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_change_leaves_the_permissions_it_does_not_name_alone_and_is_idempotent()
    {
        var admin = await host.CreateAdminClientAsync();
        var url = Base + "/role/host";
        var before = (await (await admin.GetAsync(url)).ShouldBeJsonAsync<PermissionGrantsDto>()).Permissions.Where(p => p.IsGranted).Select(p => p.Name).ToList();
        before.ShouldContain("Listings.Listing.Create");
        try
        {
            await PutAsync(admin, url, Change(AdminPermissions.DashboardRead, true));
            var twice = await PutAsync(admin, url, Change(AdminPermissions.DashboardRead, true));

            twice.Permissions.Where(p => p.IsGranted).Select(p => p.Name).ShouldBe([.. before, AdminPermissions.DashboardRead], ignoreOrder: true);
            var count = await host.ScalarAsync<long>(
                "select count(*) from permissions.permission_grants where provider_name = 'role' and provider_key = 'host' and name = @name",
                ("name", AdminPermissions.DashboardRead));
            count.ShouldBe(1);
        }
        finally
        {
            await PutAsync(admin, url, Change(AdminPermissions.DashboardRead, false));
        }

        var after = await (await admin.GetAsync(url)).ShouldBeJsonAsync<PermissionGrantsDto>();
        after.Permissions.Where(p => p.IsGranted).Select(p => p.Name).ShouldBe(before, ignoreOrder: true);
    }

    [Fact]
    public async Task A_users_effective_set_joins_their_roles_and_their_own_grants_and_a_user_change_touches_only_the_user()
    {
        var admin = await host.CreateAdminClientAsync();
        var user = await host.CreateUserAsync();
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var url = $"{Base}/user/{user.Id}";

        var changed = await PutAsync(admin, url, new UpdatePermissionsRequest(
        [
            new PermissionGrantChange(IdentityPermissions.UsersRead, true),
            new PermissionGrantChange("Listings.Listing.Create", true),
        ]));

        changed.ProviderName.ShouldBe("user");
        changed.ProviderKey.ShouldBe(user.Id.ToString());
        changed.Permissions.Single(p => p.Name == IdentityPermissions.UsersRead).GrantedBy.ShouldBe(["user"]);
        changed.Permissions.Single(p => p.Name == "Listings.Listing.Create").GrantedBy.ShouldBe(["role:host", "user"]);
        changed.Permissions.Single(p => p.Name == "Payments.Payouts.ManageOwn").GrantedBy.ShouldBe(["role:host"]);
        changed.Permissions.Single(p => p.Name == IdentityPermissions.UsersManage).IsGranted.ShouldBeFalse();
        (await user.Client.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Revoking the user's own grant of a permission their role also holds leaves it effective, through the role.
        var revoked = await PutAsync(admin, url, Change("Listings.Listing.Create", false));

        Grant(revoked, "Listings.Listing.Create").ShouldBe("granted by role:host");
        revoked.Permissions.Single(p => p.Name == IdentityPermissions.UsersRead).GrantedBy.ShouldBe(["user"], "not named, so untouched");
        var hostRole = await (await admin.GetAsync(Base + "/role/host")).ShouldBeJsonAsync<PermissionGrantsDto>();
        hostRole.Permissions.Single(p => p.Name == IdentityPermissions.UsersRead).IsGranted.ShouldBeFalse("a user grant is not a role grant");
        (await PutAsync(admin, url, Change(IdentityPermissions.UsersRead, false))).Permissions.Where(p => p.GrantedBy.Contains("user")).ShouldBeEmpty();
        await (await user.Client.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_grant_change_is_audited_with_who_changed_which_grant()
    {
        var admin = await host.CreateAdminClientAsync();
        var adminId = (await (await admin.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).Id;
        var user = await host.CreateUserAsync();
        var path = $"{Base}/user/{user.Id}";

        await PutAsync(admin, path, Change(AdminPermissions.AuditLogsRead, true));
        await PutAsync(admin, path, Change(AdminPermissions.AuditLogsRead, false));

        var rows = await AuditRows.WaitAsync(host, 2, "a.path = @path", ("path", path));
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.GetProperty("user_id").GetGuid() == adminId && r.GetProperty("http_method").GetString() == "PUT" && r.GetProperty("status_code").GetInt32() == 200);
        var grantName = $"user:{user.Id}:{AdminPermissions.AuditLogsRead}";
        var added = AuditRows.Changes(rows[0]).ShouldHaveSingleItem();
        added.GetProperty("EntityType").GetString().ShouldBe("PermissionGrant");
        added.GetProperty("EntityId").GetString().ShouldBe(grantName);
        added.GetProperty("ChangeType").GetString().ShouldBe("Added");
        var deleted = AuditRows.Changes(rows[1]).ShouldHaveSingleItem();
        deleted.GetProperty("EntityId").GetString().ShouldBe(grantName);
        deleted.GetProperty("ChangeType").GetString().ShouldBe("Deleted");
    }

    [Fact]
    public async Task The_admin_role_keeps_permission_management_but_may_lose_and_regain_other_permissions()
    {
        var admin = await host.CreateAdminClientAsync();
        var url = Base + "/role/admin";

        using (var refused = await admin.PutAsync(url, Json(new UpdatePermissionsRequest(
        [
            new PermissionGrantChange(AdminPermissions.DashboardRead, false),
            new PermissionGrantChange(IdentityPermissions.PermissionsManage, false),
        ]))))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.AdminKeepsPermissionsManage);
        }

        var unchanged = await (await admin.GetAsync(url)).ShouldBeJsonAsync<PermissionGrantsDto>();
        unchanged.Permissions.Single(p => p.Name == AdminPermissions.DashboardRead).IsGranted.ShouldBeTrue("a refused request changes nothing");
        try
        {
            await PutAsync(admin, url, Change(IdentityPermissions.UsersRead, false));
            await (await admin.GetAsync("/api/admin/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }
        finally
        {
            // Still allowed: the admin role kept permission management.
            await PutAsync(admin, url, Change(IdentityPermissions.UsersRead, true));
        }

        (await admin.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PutAsync(admin, url, Change(IdentityPermissions.PermissionsManage, true))).Permissions
            .Single(p => p.Name == IdentityPermissions.PermissionsManage).IsGranted.ShouldBeTrue("granting it again is harmless");
    }

    [Theory]
    [InlineData("GET", "/role/wizard")]
    [InlineData("PUT", "/role/wizard")]
    [InlineData("GET", "/user/{id}")]
    [InlineData("PUT", "/user/{id}")]
    public async Task An_unknown_role_or_user_is_404(string method, string route)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.SendAsync(Request(method, Base + route, Guid.CreateVersion7()));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    public static TheoryData<string> InvalidBodies => new()
    {
        """{"permissions":[{"name":"Identity.Users.Teleport","isGranted":true}]}""",
        """{"permissions":[{"name":"Identity.Users.Read","isGranted":true},{"name":"Identity.Users.Read","isGranted":false}]}""",
        """{"permissions":[{"name":"Identity.Users.Read"}]}""",
        """{"permissions":[{"isGranted":true}]}""",
        """{"permissions":[]}""",
        """{"permissions":null}""",
        """{}""",
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_changes_are_400_and_nothing_is_stored(string body)
    {
        var admin = await host.CreateAdminClientAsync();
        var user = await host.CreateUserAsync();

        using var response = await admin.PutAsync($"{Base}/user/{user.Id}", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Code.ShouldBe(ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldAllBe(k => k.StartsWith("permissions", StringComparison.Ordinal));
        var stored = await host.ScalarAsync<long>("select count(*) from permissions.permission_grants where provider_key = @key", ("key", user.Id.ToString()));
        stored.ShouldBe(0);
    }
}
