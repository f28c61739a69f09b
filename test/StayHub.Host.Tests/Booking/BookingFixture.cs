using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StayHub.Booking.Application;
using StayHub.Booking.Application.Maintenance;
using StayHub.Booking.Contracts;
using StayHub.Booking.Persistence;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Booking;

/// <summary>A host whose listings module is <see cref="FakeListings"/>; everything else (PostgreSQL, auth) is real.</summary>
public class BookingFixture : StayHubAppFactory<Program>
{
    public FakeListings Listings { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IListingsModule>(Listings));

    public async Task<TestUser> CreateUserAsync()
    {
        var email = $"user-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        var client = CreateClient();
        var profile = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Booking Test")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new TestUser(profile.Id, email, password, client, token.RefreshToken!);
    }

    public Task<HttpClient> CreateAdminClientAsync() => CreateClient().AuthenticateAsync(AdminEmail, AdminPassword);

    /// <summary>Runs the jobs' logic at a chosen instant, as the scheduled job would.</summary>
    public async Task<int> RunMaintenanceAsync(DateTimeOffset at, bool complete = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var maintenance = new BookingMaintenance(
            scope.ServiceProvider.GetRequiredService<BookingDbContext>(),
            scope.ServiceProvider.GetRequiredService<IOptions<BookingOptions>>(),
            new FakeTimeProvider(at));
        return complete ? await maintenance.CompleteFinishedAsync(CancellationToken.None) : await maintenance.ExpirePendingAsync(CancellationToken.None);
    }

    public async Task<BookingDto> RecordPaymentAsync(Guid bookingId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StayHub.Booking.Application.Bookings.BookingAppService>().RecordPaymentAsync(bookingId, CancellationToken.None);
    }

    public async Task<T> WithBookingModuleAsync<T>(Func<IBookingModule, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IBookingModule>());
    }

    /// <summary>A unique far-future window per call, so tests sharing the fixture never meet on a listing's dates.</summary>
    public static DateOnly FutureDay() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60 + Random.Shared.Next(0, 600));
}

[CollectionDefinition(Name)]
public sealed class BookingCollection : ICollectionFixture<BookingFixture>
{
    public const string Name = "booking";
}
