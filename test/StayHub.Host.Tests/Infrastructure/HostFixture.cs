using System.Net.Http.Headers;
using StayHub.Framework.Testing;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Infrastructure;

/// <summary>One real host (own database, own Redis prefix) per collection of host tests.</summary>
public sealed class HostFixture : StayHubAppFactory<Program>
{
    /// <summary>Registers a fresh user (unique email) and returns a client carrying their access token.</summary>
    public async Task<TestUser> CreateUserAsync(string? displayName = null)
    {
        var email = $"user-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = CreateClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, displayName ?? "Test User")))
            .ShouldBeJsonAsync<ProfileDto>(System.Net.HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new TestUser(profile.Id, email, password, client, token.RefreshToken!);
    }

    /// <summary>A client signed in as the administrator the host seeds from Admin:Email / Admin:Password.</summary>
    public Task<HttpClient> CreateAdminClientAsync() => CreateClient().AuthenticateAsync(AdminEmail, AdminPassword);
}

public sealed record TestUser(Guid Id, string Email, string Password, HttpClient Client, string RefreshToken);

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
