using System.Diagnostics;
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
/// Two hosts on one database and one Redis prefix: a grant changed through node A reaches a caller on node B within a
/// second, though node B had the old grant set in its memory cache (evicted through the FusionCache backplane).
/// </summary>
public sealed class PermissionTwoNodeTests : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);
    private readonly string databaseName = "stayhub_test_perm_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => TestDatabases.CreateAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    public Task DisposeAsync() => TestDatabases.DropAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    [Fact]
    public async Task A_grant_and_a_revoke_on_one_node_reach_a_guest_on_the_other_within_a_second()
    {
        await using var nodeA = new SharedDatabaseFactory(databaseName, new StartupLog());
        await using var nodeB = new SharedDatabaseFactory(databaseName, new StartupLog());
        _ = nodeA.Server;
        _ = nodeB.Server;
        var admin = await nodeA.CreateClient().AuthenticateAsync(SharedDatabaseFactory.AdminEmail, SharedDatabaseFactory.AdminPassword);
        var guestOnB = await GuestAsync(nodeB);
        // Node B caches the guest role's (empty) set in its memory.
        (await guestOnB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await guestOnB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.PutAsync("/api/admin/permissions/role/guest", Body(true))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var granted = await PollAsync(guestOnB, HttpStatusCode.OK);

        (await admin.PutAsync("/api/admin/permissions/role/guest", Body(false))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var revoked = await PollAsync(guestOnB, HttpStatusCode.Forbidden);

        granted.ShouldBeLessThan(Within, "the grant reached node B");
        revoked.ShouldBeLessThan(Within, "the revoke reached node B");
    }

    private static StringContent Body(bool granted) => new(
        JsonSerializer.Serialize(new UpdatePermissionsRequest([new PermissionGrantChange(IdentityPermissions.UsersRead, granted)]), ApiAssertions.JsonOptions),
        Encoding.UTF8,
        "application/json");

    /// <summary>Asks node B until it answers <paramref name="expected"/> (at most a second); returns how long that took.</summary>
    private static async Task<TimeSpan> PollAsync(HttpClient client, HttpStatusCode expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync("/api/admin/users");
            if (response.StatusCode == expected || clock.Elapsed > Within)
            {
                response.StatusCode.ShouldBe(expected, $"after {clock.Elapsed.TotalMilliseconds:F0} ms");
                return clock.Elapsed;
            }

            await Task.Delay(25);
        }
    }

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
