using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StayHub.Booking.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Reviews.Application.Eligibility;
using StayHub.Reviews.Application.Publishing;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Host.Tests.Reviews;

/// <summary>
/// A host of its own for the review tests: running the publishing job at a moved clock publishes every due review of
/// the database, so these tests must not share one with others. Bookings reach reviews as booking's events do,
/// through reviews' own handlers; the end-to-end test goes through booking itself.
/// </summary>
public sealed class ReviewsFixture : StayHubAppFactory<Program>
{
    public async Task<TestUser> CreateUserAsync(string displayName = "Rita Reviewer")
    {
        var email = $"user-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = CreateClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, displayName)))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new TestUser(profile.Id, email, password, client, token.RefreshToken!);
    }

    /// <summary>A new user who became a host, with a refreshed token that carries the host role.</summary>
    public async Task<TestUser> CreateHostAsync(string displayName = "Harriet Host")
    {
        var user = await CreateUserAsync(displayName);
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var refreshed = (await CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
        user.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        return user with { RefreshToken = refreshed.RefreshToken! };
    }

    public static async Task<ListingDto> CreateListingAsync(TestUser host, string city = "Lisbon")
    {
        var request = Listings.ListingsTestApi.ValidRequest($"Review flat {Guid.NewGuid():N}") with
        {
            Address = new AddressDto("Rua da Regueira 12", city, "Lisboa", "1100-148", "PT"),
            MinNights = 1,
        };
        using var response = await host.Client.PostJsonAsync("/api/listings", request);
        return await response.ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
    }

    public Task<HttpClient> CreateAdminClientAsync() => CreateClient().AuthenticateAsync(AdminEmail, AdminPassword);

    /// <summary>Feeds reviews what booking's events would tell it about a booking, and returns its id.</summary>
    public async Task<Guid> RecordBookingAsync(
        Guid guestId, Guid hostId, Guid listingId, DateOnly checkOut, string status = BookingStatuses.Completed, Guid? bookingId = null)
    {
        var id = bookingId ?? Guid.CreateVersion7();
        await using var scope = Services.CreateAsyncScope();
        var stays = scope.ServiceProvider.GetRequiredService<ReviewableStays>();
        await stays.RecordAsync(id, listingId, guestId, hostId, status, DateTimeOffset.UtcNow, checkOut.AddDays(-3), checkOut, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ReviewsDbContext>().SaveChangesAsync();
        return id;
    }

    /// <summary>Runs the publishing job's work as if the clock read <paramref name="at"/>.</summary>
    public async Task<int> PublishDueAsync(DateTimeOffset at)
    {
        await using var scope = Services.CreateAsyncScope();
        var maintenance = ActivatorUtilities.CreateInstance<ReviewMaintenance>(scope.ServiceProvider, new FakeTimeProvider(at));
        return await maintenance.PublishDueAsync(CancellationToken.None);
    }

    internal async Task<(ListingReviewStats? Before, ListingReviewStats Rebuilt)> RebuildAsync(Guid listingId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewMaintenance>().RebuildAsync(listingId, CancellationToken.None);
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Polls until <paramref name="condition"/> holds on a fresh read (events reach other modules after commit).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ShouldAssertException($"Timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(100);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReviewsCollection : ICollectionFixture<ReviewsFixture>
{
    public const string Name = "reviews";
}
