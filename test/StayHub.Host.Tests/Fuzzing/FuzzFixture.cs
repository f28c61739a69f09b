using System.Net;
using System.Net.Http.Headers;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// A host of its own for the fuzzer: thousands of generated users, listings and bookings must not show up in the
/// counts and lists other host tests assert on.
/// </summary>
public sealed class FuzzFixture : StayHubAppFactory<Program>
{
    // The demo data brings what the API cannot make in a moment: completed stays, reviews, payouts, many listings.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seed:Demo"] = "true" };

    public async Task<TestUser> CreateUserAsync(string displayName)
    {
        var email = $"fuzz-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = CreateClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, displayName)))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new TestUser(profile.Id, email, password, client, token.RefreshToken!);
    }

    /// <summary>A new user who became a host, with a fresh token that carries the host role.</summary>
    public async Task<TestUser> CreateHostAsync(string displayName)
    {
        var user = await CreateUserAsync(displayName);
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var token = (await CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        user.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return user;
    }

    /// <summary>A client signed in as one of the seeded demo accounts, and that account's id.</summary>
    public async Task<(HttpClient Client, string Id)> SignInAsync(string email, string password)
    {
        var client = await CreateClient().AuthenticateAsync(email, password);
        var me = await (await client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        return (client, me.Id.ToString());
    }

    public Task<HttpClient> CreateAdminClientAsync() => CreateClient().AuthenticateAsync(AdminEmail, AdminPassword);
}
