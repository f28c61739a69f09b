using System.Net;
using System.Net.Http.Headers;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Startup;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

/// <summary>
/// Two hosts on one database and one Redis prefix, as two nodes behind a load balancer: an edit answered by one
/// must never be followed by a stale read on the other. Not in the shared host collection (own database).
/// </summary>
public sealed class TwoNodeCacheTests : IAsyncLifetime
{
    private readonly string databaseName = "stayhub_test_nodes_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => TestDatabases.CreateAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    public Task DisposeAsync() => TestDatabases.DropAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    [Fact]
    public async Task An_edit_on_one_node_is_seen_at_once_on_the_other()
    {
        await using var nodeA = new SharedDatabaseFactory(databaseName, new StartupLog());
        await using var nodeB = new SharedDatabaseFactory(databaseName, new StartupLog());
        _ = nodeA.Server;
        _ = nodeB.Server;
        var owner = await HostClientAsync(nodeA);
        var reader = nodeB.CreateClient();
        var listing = await (await owner.PostJsonAsync("/api/listings", ListingsTestApi.ValidRequest("Version 0")))
            .ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
        var url = $"/api/listings/{listing.Id}";

        for (var i = 1; i <= 5; i++)
        {
            // Node B caches the current version in its memory (L1) and in Redis…
            (await (await reader.GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe($"Version {i - 1}");
            (await (await reader.GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe($"Version {i - 1}");

            // …node A edits; once it has answered, node B must not serve the old copy.
            (await owner.PutJsonAsync(url, ListingsTestApi.ValidRequest($"Version {i}"))).StatusCode.ShouldBe(HttpStatusCode.OK);

            (await (await reader.GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe($"Version {i}");
        }
    }

    private static async Task<HttpClient> HostClientAsync(SharedDatabaseFactory node)
    {
        var email = $"host-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = node.CreateClient();
        (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Node Host"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        (await client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var refreshed = (await node.CreateClient().RefreshGrantAsync(token.RefreshToken!)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        return client;
    }
}
