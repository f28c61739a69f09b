using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Auditing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Host.Tests.Tokens;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Admin;

/// <summary>
/// User detail, role changes, lock and unlock. The last-admin rule needs a database where the test knows every
/// admin, so it lives in <see cref="LastAdminTests"/>.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AdminUserManagementTests(HostFixture host)
{
    private const string Me = "/api/account/me";

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/admin/users/{id}" },
        { "PUT", "/api/admin/users/{id}/roles" },
        { "POST", "/api/admin/users/{id}/lock" },
        { "POST", "/api/admin/users/{id}/unlock" },
    };

    private static HttpRequestMessage Request(string method, string route, Guid id)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{id}", id.ToString(), StringComparison.Ordinal));
        request.Content = route.EndsWith("/roles", StringComparison.Ordinal)
            ? JsonContent(new UpdateUserRolesRequest([Roles.Guest, Roles.Host]))
            : route.EndsWith("/lock", StringComparison.Ordinal) ? JsonContent(new LockUserRequest(null, "Test")) : null;
        return request;
    }

    private static StringContent JsonContent<T>(T body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, ApiAssertions.JsonOptions), System.Text.Encoding.UTF8, "application/json");

    private async Task<HttpClient> HostClientAsync()
    {
        var user = await host.CreateUserAsync();
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        return await host.CreateClient().AuthenticateAsync(user.Email, user.Password);
    }

    private static async Task<Guid> AdminIdAsync(HttpClient admin) =>
        (await (await admin.GetAsync(Me)).ShouldBeJsonAsync<ProfileDto>()).Id;

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_is_401(string method, string route)
    {
        var target = await host.CreateUserAsync();

        using var response = await host.CreateClient().SendAsync(Request(method, route, target.Id));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_guest_and_a_host_are_403_and_nothing_changes(string method, string route)
    {
        var target = await host.CreateUserAsync();
        var guest = await host.CreateUserAsync();
        var hostClient = await HostClientAsync();

        using var asGuest = await guest.Client.SendAsync(Request(method, route, target.Id));
        using var asHost = await hostClient.SendAsync(Request(method, route, target.Id));

        await asGuest.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await asHost.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        (await target.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK, "the target's session is untouched");
        var detail = await (await (await host.CreateAdminClientAsync()).GetAsync($"/api/admin/users/{target.Id}")).ShouldBeJsonAsync<UserDetailDto>();
        detail.Roles.ShouldBe([Roles.Guest]);
        detail.Lockout.LockedOut.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_unknown_user_is_404(string method, string route)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.SendAsync(Request(method, route, Guid.CreateVersion7()));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Detail_shows_profile_roles_logins_lockout_created_and_last_sign_in()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-5);
        var user = await host.CreateUserAsync("Detail Person");
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/admin/users/{user.Id}");
        var raw = await response.Content.ReadAsStringAsync();
        var detail = await response.ShouldBeJsonAsync<UserDetailDto>();

        detail.Id.ShouldBe(user.Id);
        detail.Email.ShouldBe(user.Email);
        detail.DisplayName.ShouldBe("Detail Person");
        detail.EmailConfirmed.ShouldBeFalse();
        detail.Roles.ShouldBe([Roles.Guest]);
        detail.ExternalLogins.ShouldBeEmpty();
        detail.HasPassword.ShouldBeTrue();
        detail.Lockout.ShouldBe(new UserLockoutDto(false, null, null, null, null, 0));
        detail.CreatedAt.ShouldBeGreaterThan(started);
        detail.LastSignInAt.ShouldNotBeNull("CreateUserAsync signs in with a password grant");
        detail.LastSignInAt.Value.ShouldBeGreaterThanOrEqualTo(detail.CreatedAt);
        raw.ShouldNotContain("passwordHash", Case.Insensitive);
        raw.ShouldNotContain("securityStamp", Case.Insensitive);
        response.Headers.CacheControl?.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Replacing_roles_adds_and_removes_them_keeps_guest_and_ends_the_sessions_of_a_demotion()
    {
        var user = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();
        var url = $"/api/admin/users/{user.Id}/roles";

        var promoted = await (await admin.PutAsync(url, JsonContent(new UpdateUserRolesRequest([Roles.Host, "ADMIN"])))).ShouldBeJsonAsync<UserDetailDto>();
        promoted.Roles.ShouldBe([Roles.Admin, Roles.Guest, Roles.Host]);
        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK, "adding roles ends no session");
        var asAdmin = await host.CreateClient().AuthenticateAsync(user.Email, user.Password);
        (await asAdmin.GetAsync($"/api/admin/users/{user.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var demoted = await (await admin.PutAsync(url, JsonContent(new UpdateUserRolesRequest([])))).ShouldBeJsonAsync<UserDetailDto>();

        demoted.Roles.ShouldBe([Roles.Guest]);
        (await asAdmin.GetAsync($"/api/admin/users/{user.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token that carried the admin role is refused");
        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).Error.ShouldBe("invalid_grant");
        var fresh = await host.CreateClient().AuthenticateAsync(user.Email, user.Password);
        await (await fresh.GetAsync($"/api/admin/users/{user.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        var listed = await (await admin.GetAsync($"/api/admin/users?q={Uri.EscapeDataString(user.Email)}")).ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();
        listed.Items.Single().Roles.ShouldBe([Roles.Guest]);
    }

    [Theory]
    [InlineData("{\"roles\":[\"owner\"]}")]
    [InlineData("{\"roles\":null}")]
    [InlineData("{}")]
    public async Task Unknown_or_missing_roles_are_400_and_change_nothing(string body)
    {
        var user = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.PutAsync($"/api/admin/users/{user.Id}/roles", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_cannot_demote_or_lock_themselves()
    {
        var admin = await host.CreateAdminClientAsync();
        var adminId = await AdminIdAsync(admin);

        using var demote = await admin.PutAsync($"/api/admin/users/{adminId}/roles", JsonContent(new UpdateUserRolesRequest([Roles.Guest, Roles.Host])));
        using var lockSelf = await admin.PostAsync($"/api/admin/users/{adminId}/lock", JsonContent(new LockUserRequest(null, "Oops")));

        await demote.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.CannotDemoteSelf);
        await lockSelf.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.CannotLockSelf);
        var detail = await (await admin.GetAsync($"/api/admin/users/{adminId}")).ShouldBeJsonAsync<UserDetailDto>();
        detail.Roles.ShouldContain(Roles.Admin);
        detail.Roles.ShouldNotContain(Roles.Host, "a refused change changes nothing");
        detail.Lockout.LockedOut.ShouldBeFalse();
        (await admin.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lock_ends_every_session_at_once_and_unlock_restores_sign_in()
    {
        var user = await host.CreateUserAsync();
        var laptop = (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        var admin = await host.CreateAdminClientAsync();
        var adminId = await AdminIdAsync(admin);

        var locked = await (await admin.PostAsync($"/api/admin/users/{user.Id}/lock", JsonContent(new LockUserRequest(null, "Chargeback fraud"))))
            .ShouldBeJsonAsync<UserDetailDto>();

        locked.Lockout.LockedOut.ShouldBeTrue();
        locked.Lockout.Until.ShouldBeNull("locked until unlocked");
        locked.Lockout.Reason.ShouldBe("Chargeback fraud");
        locked.Lockout.LockedBy.ShouldBe(adminId);
        locked.Lockout.LockedAt.ShouldNotBeNull();
        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.CreateClient().WithBearer(laptop.AccessToken!).GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refresh = await host.CreateClient().RefreshGrantAsync(user.RefreshToken);
        refresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        refresh.Error.ShouldBe("invalid_grant");
        (await host.CreateClient().RefreshGrantAsync(laptop.RefreshToken!)).Error.ShouldBe("invalid_grant");
        (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).Error.ShouldBe("invalid_grant");
        var lockedList = await (await admin.GetAsync($"/api/admin/users?q={Uri.EscapeDataString(user.Email)}&locked=true")).ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();
        lockedList.Items.Select(u => u.Id).ShouldBe([user.Id]);
        lockedList.Items[0].LockedOut.ShouldBeTrue();
        (await (await admin.GetAsync($"/api/admin/users?q={Uri.EscapeDataString(user.Email)}&locked=false")).ShouldBeJsonAsync<CursorPage<UserSummaryDto>>())
            .Items.ShouldBeEmpty();

        var unlocked = await (await admin.PostAsync($"/api/admin/users/{user.Id}/unlock", content: null)).ShouldBeJsonAsync<UserDetailDto>();

        unlocked.Lockout.ShouldBe(new UserLockoutDto(false, null, null, null, null, 0));
        var again = await host.CreateClient().AuthenticateAsync(user.Email, user.Password);
        (await again.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).Error.ShouldBe("invalid_grant", "unlocking does not revive the old sessions");
        (await (await admin.PostAsync($"/api/admin/users/{user.Id}/unlock", content: null)).ShouldBeJsonAsync<UserDetailDto>())
            .Lockout.LockedOut.ShouldBeFalse("unlock is idempotent");
    }

    [Fact]
    public async Task A_lock_with_an_end_shows_it_and_refuses_sign_in_until_then()
    {
        var user = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();
        var until = DateTimeOffset.UtcNow.AddDays(3);

        var locked = await (await admin.PostAsync($"/api/admin/users/{user.Id}/lock", JsonContent(new LockUserRequest(until, "Cooling off"))))
            .ShouldBeJsonAsync<UserDetailDto>();

        locked.Lockout.LockedOut.ShouldBeTrue();
        locked.Lockout.Until.ShouldNotBeNull();
        (locked.Lockout.Until.Value - until).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).Error.ShouldBe("invalid_grant");
    }

    [Theory]
    [InlineData("{\"reason\":\"\"}", "reason")]
    [InlineData("{\"reason\":\"   \"}", "reason")]
    [InlineData("{}", "reason")]
    [InlineData("{\"reason\":\"Late\",\"until\":\"2020-01-01T00:00:00Z\"}", "until")]
    public async Task A_lock_without_a_reason_or_ending_in_the_past_is_400_and_locks_nothing(string body, string field)
    {
        var user = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.PostAsync($"/api/admin/users/{user.Id}/lock", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        if (problem.Errors is { Count: > 0 } errors)
        {
            errors.Keys.ShouldContain(field);
        }

        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lock_and_role_changes_are_audited_with_the_admin_and_the_outcome()
    {
        var user = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();
        var adminId = await AdminIdAsync(admin);
        var lockPath = $"/api/admin/users/{user.Id}/lock";
        var rolesPath = $"/api/admin/users/{user.Id}/roles";

        (await admin.PostAsync(lockPath, JsonContent(new LockUserRequest(null, "Audit me")))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsync(rolesPath, JsonContent(new UpdateUserRolesRequest([Roles.Host])))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var lockRows = await AuditRows.WaitAsync(host, 1, "path = @path and http_method = 'POST'", ("path", lockPath));
        var roleRows = await AuditRows.WaitAsync(host, 1, "path = @path and http_method = 'PUT'", ("path", rolesPath));
        lockRows.Count.ShouldBe(1);
        lockRows[0].GetProperty("status_code").GetInt32().ShouldBe(200);
        lockRows[0].GetProperty("user_id").GetGuid().ShouldBe(adminId);
        roleRows.Count.ShouldBe(1);
        roleRows[0].GetProperty("status_code").GetInt32().ShouldBe(200);
    }
}
