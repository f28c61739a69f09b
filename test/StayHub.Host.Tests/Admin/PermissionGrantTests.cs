using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Permissions;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Admin;

[Collection(HostCollection.Name)]
public sealed class PermissionGrantTests(HostFixture host)
{
    private IPermissionManager Permissions => host.Services.GetRequiredService<IPermissionManager>();

    [Fact]
    public async Task A_user_grant_lets_that_guest_in_with_the_same_token_and_revoking_it_locks_them_out()
    {
        var guest = await host.CreateUserAsync();
        var bystander = await host.CreateUserAsync();
        var key = guest.Id.ToString();
        using (var before = await guest.Client.GetAsync("/api/admin/users"))
        {
            // Also puts the (empty) grant set in the cache, so the grant below must evict it.
            await before.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }

        try
        {
            await Permissions.SetGrantsAsync(PermissionProviders.User, key, [IdentityPermissions.UsersRead], CancellationToken.None);

            using (var granted = await guest.Client.GetAsync($"/api/admin/users?q={guest.Email[5..21]}"))
            {
                var page = await granted.ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();
                page.Items.Select(u => u.Id).ShouldBe([guest.Id]);
            }

            using (var other = await bystander.Client.GetAsync("/api/admin/users"))
            {
                await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
            }

            (await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None)).ShouldBe([IdentityPermissions.UsersRead]);

            await Permissions.SetGrantsAsync(PermissionProviders.User, key, [], CancellationToken.None);

            using var revoked = await guest.Client.GetAsync("/api/admin/users");
            await revoked.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
            (await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None)).ShouldBeEmpty();
        }
        finally
        {
            await Permissions.SetGrantsAsync(PermissionProviders.User, key, [], CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_grant_of_another_permission_does_not_open_the_list()
    {
        var guest = await host.CreateUserAsync();
        var key = guest.Id.ToString();
        try
        {
            await Permissions.SetGrantsAsync(PermissionProviders.User, key, [IdentityPermissions.PermissionsManage], CancellationToken.None);

            using var response = await guest.Client.GetAsync("/api/admin/users");

            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }
        finally
        {
            await Permissions.SetGrantsAsync(PermissionProviders.User, key, [], CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_grant_to_the_host_role_lets_hosts_in_after_they_refresh_their_token()
    {
        var user = await host.CreateUserAsync();
        var guestOnly = await host.CreateUserAsync();
        (await user.Client.PostAsync("/api/account/become-host", content: null)).Dispose();
        var original = await Permissions.GetGrantedAsync(PermissionProviders.Role, Roles.Host, CancellationToken.None);
        original.ShouldNotContain(IdentityPermissions.UsersRead);

        try
        {
            await Permissions.SetGrantsAsync(PermissionProviders.Role, Roles.Host, [.. original, IdentityPermissions.UsersRead], CancellationToken.None);

            // The old access token was issued before become-host: it carries only the guest role.
            using (var stale = await user.Client.GetAsync("/api/admin/users"))
            {
                await stale.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
            }

            var refreshed = (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
            var hostClient = host.CreateClient();
            hostClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);

            using (var allowed = await hostClient.GetAsync("/api/admin/users"))
            {
                (await allowed.ShouldBeJsonAsync<CursorPage<UserSummaryDto>>()).Items.ShouldNotBeEmpty();
            }

            using (var guestDenied = await guestOnly.Client.GetAsync("/api/admin/users"))
            {
                await guestDenied.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
            }

            await Permissions.SetGrantsAsync(PermissionProviders.Role, Roles.Host, original, CancellationToken.None);

            using var revoked = await hostClient.GetAsync("/api/admin/users");
            await revoked.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }
        finally
        {
            await Permissions.SetGrantsAsync(PermissionProviders.Role, Roles.Host, original, CancellationToken.None);
        }

        (await Permissions.GetGrantedAsync(PermissionProviders.Role, Roles.Host, CancellationToken.None)).ShouldBe(original, ignoreOrder: true);
    }

    [Fact]
    public async Task An_unknown_permission_name_is_refused_and_nothing_is_stored()
    {
        var guest = await host.CreateUserAsync();
        var key = guest.Id.ToString();

        var refused = await Should.ThrowAsync<RequestValidationException>(() =>
            Permissions.SetGrantsAsync(PermissionProviders.User, key, [IdentityPermissions.UsersRead, "Identity.Users.Teleport"], CancellationToken.None));

        refused.Errors.Keys.ShouldBe(["permissions"]);
        refused.Errors["permissions"].ShouldHaveSingleItem().ShouldContain("Identity.Users.Teleport");
        (await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None)).ShouldBeEmpty();
        using var response = await guest.Client.GetAsync("/api/admin/users");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Admin_role_holds_the_identity_permissions_by_default()
    {
        var granted = await Permissions.GetGrantedAsync(PermissionProviders.Role, Roles.Admin, CancellationToken.None);

        granted.ShouldContain(IdentityPermissions.UsersRead);
        granted.ShouldContain(IdentityPermissions.UsersManage);
        granted.ShouldContain(IdentityPermissions.PermissionsManage);
        (await Permissions.GetGrantedAsync(PermissionProviders.Role, Roles.Guest, CancellationToken.None)).ShouldNotContain(IdentityPermissions.UsersRead);
    }

    [Fact]
    public async Task A_grant_waits_for_a_read_that_is_storing_the_old_set_so_its_eviction_comes_after_that_store()
    {
        var user = await host.CreateUserAsync();
        var key = user.Id.ToString();
        (await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None)).ShouldBeEmpty();

        // Another node's read in the middle of loading the old (empty) set: it holds the grants' lock shared.
        await using var reader = new NpgsqlConnection(host.ConnectionString);
        await reader.OpenAsync();
        await using (var hold = new NpgsqlCommand($"SELECT pg_advisory_lock_shared(hashtextextended('permissions:user:{key}', 0))", reader))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var grant = Permissions.SetGrantsAsync(PermissionProviders.User, key, [IdentityPermissions.UsersRead], CancellationToken.None);
        (await Task.WhenAny(grant, Task.Delay(TimeSpan.FromMilliseconds(500)))).ShouldNotBe(grant, "the grant must not commit while a read may still store the old set");

        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock_shared(hashtextextended('permissions:user:{key}', 0))", reader))
        {
            await release.ExecuteNonQueryAsync();
        }

        await grant.WaitAsync(TimeSpan.FromSeconds(10));
        (await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None)).ShouldBe([IdentityPermissions.UsersRead]);
        await Permissions.SetGrantsAsync(PermissionProviders.User, key, [], CancellationToken.None);
    }

    [Fact]
    public async Task Reads_racing_grants_never_leave_the_old_set_cached_once_a_grant_has_answered()
    {
        var user = await host.CreateUserAsync();
        var key = user.Id.ToString();
        var cacheKey = $"perm:{PermissionProviders.User}:{key}";
        var cache = host.Services.GetRequiredService<ZiggyCreatures.Caching.Fusion.IFusionCache>();
        var stale = 0;
        for (var round = 0; round < 20; round++)
        {
            string[] expected = round % 2 == 0 ? [IdentityPermissions.UsersRead] : [];
            using var stop = new CancellationTokenSource();

            // Readers that keep missing the cache (evicting it themselves) and re-loading the set while the grant runs.
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await cache.RemoveAsync(cacheKey);
                    await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None);
                }
            })).ToList();
            await Task.Delay(20);
            await Permissions.SetGrantsAsync(PermissionProviders.User, key, expected, CancellationToken.None);
            var afterAnswer = await Permissions.GetGrantedAsync(PermissionProviders.User, key, CancellationToken.None);
            await stop.CancelAsync();
            await Task.WhenAll(readers);
            if (!afterAnswer.SequenceEqual(expected))
            {
                stale++;
            }
        }

        stale.ShouldBe(0, "a check right after a grant answered saw the set from before it");
    }
}
