using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Startup;
using StayHub.Identity.Contracts;
using StayHub.Identity.Contracts.Permissions;

namespace StayHub.Host.Tests.Admin;

/// <summary>
/// Two hosts on one database and one Redis prefix: a grant changed through node A holds for a caller on node B at
/// the very next request after the change answered, though node B had checked (and cached) the old set just before.
/// Grant sets are cached in Redis only and the change awaits its eviction (ADR 0012), so there is no window to poll.
/// </summary>
public sealed class PermissionTwoNodeTests : IAsyncLifetime
{
    private readonly string databaseName = "stayhub_test_perm_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => TestDatabases.CreateAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    public Task DisposeAsync() => TestDatabases.DropAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    [Fact]
    public async Task A_grant_and_a_revoke_on_one_node_hold_on_the_other_at_the_next_request()
    {
        await using var nodeA = new SharedDatabaseFactory(databaseName, new StartupLog());
        await using var nodeB = new SharedDatabaseFactory(databaseName, new StartupLog());
        _ = nodeA.Server;
        _ = nodeB.Server;
        var admin = await nodeA.CreateClient().AuthenticateAsync(SharedDatabaseFactory.AdminEmail, SharedDatabaseFactory.AdminPassword);
        var guestOnB = await GuestAsync(nodeB);
        // Node B caches the guest role's (empty) set.
        (await guestOnB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await guestOnB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.PutAsync("/api/admin/permissions/role/guest", Body(true))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await guestOnB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK, "the first request on node B after the grant answered");

        (await admin.PutAsync("/api/admin/permissions/role/guest", Body(false))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await guestOnB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the first request on node B after the revoke answered");
    }

    private static StringContent Body(bool granted) => new(
        JsonSerializer.Serialize(new UpdatePermissionsRequest([new PermissionGrantChange(IdentityPermissions.UsersRead, granted)]), ApiAssertions.JsonOptions),
        Encoding.UTF8,
        "application/json");

    private static async Task<HttpClient> GuestAsync(SharedDatabaseFactory node)
    {
        var email = $"guest-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = node.CreateClient();
        (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Node Guest"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}
