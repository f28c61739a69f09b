using System.Net;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Startup;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Tokens;

/// <summary>
/// Two hosts on one database and one Redis prefix, as two nodes behind a load balancer: a sign-in ended on one
/// node is refused by the other on the next request. Not in the shared host collection (own database).
/// </summary>
public sealed class TwoNodeRevocationTests : IAsyncLifetime
{
    private const string Me = "/api/account/me";
    private const string Password = "Blue-Harbour-Lights-88";
    private readonly string databaseName = "stayhub_test_tokens_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => TestDatabases.CreateAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    public Task DisposeAsync() => TestDatabases.DropAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    [Fact]
    public async Task Revocation_and_refresh_reuse_on_node_A_refuse_the_access_token_on_node_B()
    {
        await using var nodeA = new SharedDatabaseFactory(databaseName, new StartupLog());
        await using var nodeB = new SharedDatabaseFactory(databaseName, new StartupLog());
        _ = nodeA.Server;
        _ = nodeB.Server;

        // Signed out on A.
        var signedOut = await SignInAsync(nodeA);
        var onB = nodeB.CreateClient().WithBearer(signedOut.AccessToken!);
        (await onB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await onB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK, "a second read, where a per-node cache would have kept it");
        (await nodeA.CreateClient().RevokeAsync(signedOut.RefreshToken!)).Status.ShouldBe(HttpStatusCode.OK);
        (await onB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // A refresh token replayed on A.
        var replayed = await SignInAsync(nodeA);
        var rotated = (await nodeA.CreateClient().RefreshGrantAsync(replayed.RefreshToken!)).ShouldSucceed();
        var rotatedOnB = nodeB.CreateClient().WithBearer(rotated.AccessToken!);
        (await rotatedOnB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await nodeA.CreateClient().RefreshGrantAsync(replayed.RefreshToken!)).Error.ShouldBe("invalid_grant");
        (await rotatedOnB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_lock_on_node_A_refuses_the_users_access_token_on_node_B()
    {
        await using var nodeA = new SharedDatabaseFactory(databaseName, new StartupLog());
        await using var nodeB = new SharedDatabaseFactory(databaseName, new StartupLog());
        _ = nodeA.Server;
        _ = nodeB.Server;
        var (user, userId) = await SignInWithIdAsync(nodeB);
        var onB = nodeB.CreateClient().WithBearer(user.AccessToken!);
        (await onB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await onB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await nodeA.CreateClient().AuthenticateAsync(StayHubAppFactory<Program>.AdminEmail, StayHubAppFactory<Program>.AdminPassword);

        (await admin.PostJsonAsync($"/api/admin/users/{userId}/lock", new LockUserRequest(null, "Two nodes"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await onB.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await nodeB.CreateClient().RefreshGrantAsync(user.RefreshToken!)).Error.ShouldBe("invalid_grant");
    }

    private static async Task<(TokenResponse Token, Guid Id)> SignInWithIdAsync(SharedDatabaseFactory node)
    {
        var email = $"node-{Guid.NewGuid():N}@example.test";
        var profile = await (await node.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, Password, "Node User")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        return ((await node.CreateClient().PasswordGrantAsync(email, Password)).ShouldSucceed(), profile.Id);
    }

    private static async Task<TokenResponse> SignInAsync(SharedDatabaseFactory node)
    {
        var email = $"node-{Guid.NewGuid():N}@example.test";
        (await node.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, Password, "Node User")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await node.CreateClient().PasswordGrantAsync(email, Password)).ShouldSucceed();
    }
}
