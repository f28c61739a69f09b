using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;
using StayHub.Reviews.Application.Eligibility;
using StayHub.Reviews.Persistence;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// A host of its own for the authorization matrix: it locks users, changes roles and publishes and hides things that
/// other tests' lists would otherwise see. Google is configured (the challenge is a redirect, no call out) so the
/// external sign-in row can expect its 302.
/// </summary>
public sealed class MatrixFixture : StayHubAppFactory<Program>
{
    public const string Password = "Blue-Harbour-Lights-88";

    private readonly SemaphoreSlim worldGate = new(1, 1);
    private MatrixWorld? world;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:Google:ClientId"] = "matrix-google-client",
        ["Authentication:Google:ClientSecret"] = "matrix-google-secret",
    };

    /// <summary>
    /// The matrix registers and signs in some forty users (fresh callers, bystanders); at the production 210,000
    /// PBKDF2 iterations their hashes were a third of the run on the shared machine. Hashing strength is not what it checks.
    /// </summary>
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 10_000);

    /// <summary>The users and objects every cell draws on, made once for the collection.</summary>
    public async Task<MatrixWorld> WorldAsync()
    {
        await worldGate.WaitAsync();
        try
        {
            return world ??= await MatrixWorld.CreateAsync(this);
        }
        finally
        {
            worldGate.Release();
        }
    }

    public async Task<TestUser> CreateUserAsync(string displayName)
    {
        var email = $"matrix-{Guid.NewGuid():N}@example.test";
        var client = NewClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, Password, displayName)))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, Password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new TestUser(profile.Id, email, Password, client, token.RefreshToken!);
    }

    /// <summary>A new user who became a host, signed in again so the token carries the host role.</summary>
    public async Task<TestUser> CreateHostAsync(string displayName)
    {
        var user = await CreateUserAsync(displayName);
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        return await SignInAgainAsync(user);
    }

    /// <summary>A new user the seeded admin made an admin, signed in again so the token carries the role.</summary>
    public async Task<TestUser> CreateAdminAsync(HttpClient rootAdmin, string displayName)
    {
        var user = await CreateUserAsync(displayName);
        (await rootAdmin.PutAsync($"/api/admin/users/{user.Id}/roles", JsonContent("""{"roles":["guest","admin"]}"""))).EnsureSuccessStatusCode();
        return await SignInAgainAsync(user);
    }

    public Task<HttpClient> CreateAdminClientAsync() => NewClient().AuthenticateAsync(AdminEmail, AdminPassword);

    /// <summary>A client that shows redirects instead of following them (the external sign-in row expects its 302).</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// Tells reviews a completed stay of <paramref name="guestId"/> at <paramref name="hostId"/>'s listing checked out
    /// yesterday, as booking's completion event would (running booking's completion job would need the clock moved
    /// past a real stay). Returns the booking id reviews now knows.
    /// </summary>
    public async Task<Guid> RecordCompletedStayAsync(Guid guestId, Guid hostId, Guid listingId)
    {
        var bookingId = Guid.CreateVersion7();
        var checkOut = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using var scope = Services.CreateAsyncScope();
        var stays = scope.ServiceProvider.GetRequiredService<ReviewableStays>();
        await stays.RecordAsync(bookingId, listingId, guestId, hostId, BookingStatuses.Completed, DateTimeOffset.UtcNow, checkOut.AddDays(-3), checkOut, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ReviewsDbContext>().SaveChangesAsync();
        return bookingId;
    }

    public static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private async Task<TestUser> SignInAgainAsync(TestUser user)
    {
        var token = (await CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        user.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return user with { RefreshToken = token.RefreshToken! };
    }
}
