using System.Net;
using System.Net.Http.Headers;
using StayHub.Framework.Testing;
using StayHub.Identity.Contracts;

namespace StayHub.ListingsHost.Tests;

/// <summary>The listings-only host on real PostgreSQL and Redis, in a database of its own.</summary>
public sealed class ListingsHostFixture : StayHubAppFactory<ListingsHostProgram>
{
    /// <summary>A new user who became a host, with a refreshed token carrying the host role.</summary>
    public async Task<HttpClient> CreateHostClientAsync()
    {
        var email = $"host-{Guid.NewGuid():N}@example.test";
        const string password = "Quiet-Harbour-Lamps-42";
        var client = CreateClient();
        (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Reuse Host"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        (await client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var refreshed = (await CreateClient().RefreshGrantAsync(token.RefreshToken!)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class ListingsHostCollection : ICollectionFixture<ListingsHostFixture>
{
    public const string Name = "listings-host";
}
