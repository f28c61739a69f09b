using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Permissions;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Listings;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Admin;

/// <summary>A host of its own: the test must know every admin there is to test the last one.</summary>
public sealed class LastAdminTests : IClassFixture<LastAdminTests.Host>
{
    private readonly Host host;

    public LastAdminTests(Host host) => this.host = host;

    [Fact]
    public async Task The_last_active_admin_cannot_be_demoted_or_locked_by_anyone()
    {
        var root = await host.CreateAdminClientAsync();
        var rootId = (await (await root.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).Id;
        // A user-management grant without the admin role: the only way someone else can act on the last admin.
        var (manager, managerId) = await host.UserAsync();
        await host.Services.GetRequiredService<IPermissionManager>().SetGrantsAsync(
            PermissionProviders.User, managerId.ToString(), [IdentityPermissions.UsersRead, IdentityPermissions.UsersManage], CancellationToken.None);

        using (var demote = await manager.PutJsonAsync($"/api/admin/users/{rootId}/roles", new UpdateUserRolesRequest([Roles.Guest])))
        {
            await demote.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.LastAdmin);
        }

        using (var lockRoot = await manager.PostJsonAsync($"/api/admin/users/{rootId}/lock", new LockUserRequest(null, "Takeover")))
        {
            await lockRoot.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.LastAdmin);
        }

        (await root.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the refused lock ended no session");

        // With a second admin, the first may go; then the second is the last one.
        var (second, secondId) = await host.UserAsync();
        (await root.PutJsonAsync($"/api/admin/users/{secondId}/roles", new UpdateUserRolesRequest([Roles.Admin]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJsonAsync($"/api/admin/users/{rootId}/lock", new LockUserRequest(null, "Rotation"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var lockSecond = await manager.PostJsonAsync($"/api/admin/users/{secondId}/lock", new LockUserRequest(null, "Takeover")))
        {
            await lockSecond.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.LastAdmin);
        }

        using (var demoteSecond = await manager.PutJsonAsync($"/api/admin/users/{secondId}/roles", new UpdateUserRolesRequest([])))
        {
            await demoteSecond.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.LastAdmin);
        }

        // A locked admin is no longer counted, but demoting them is allowed (the second stays active).
        (await manager.PutJsonAsync($"/api/admin/users/{rootId}/roles", new UpdateUserRolesRequest([]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        _ = second;
    }

    public sealed class Host : StayHubAppFactory<Program>
    {
        public async Task<(HttpClient Client, Guid Id)> UserAsync()
        {
            var email = $"user-{Guid.NewGuid():N}@example.test";
            const string password = "Blue-Harbour-Lights-88";
            var profile = await (await CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Someone")))
                .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
            var client = CreateClient();
            var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            return (client, profile.Id);
        }

        public Task<HttpClient> CreateAdminClientAsync() => CreateClient().AuthenticateAsync(AdminEmail, AdminPassword);
    }
}
