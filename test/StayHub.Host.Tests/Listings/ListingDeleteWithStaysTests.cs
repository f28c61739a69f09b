using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class ListingDeleteWithStaysTests(HostFixture host)
{
    [Fact]
    public async Task A_listing_with_a_confirmed_upcoming_stay_cannot_be_deleted()
    {
        var owner = await host.CreateHostAsync();
        var guest = await host.CreateUserAsync();
        var listing = await owner.CreateListingAsync();
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing.Id, checkIn, checkIn.AddDays(3), 2, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Payments are another module's work; recording the payment confirms the instant-book stay.
            await scope.ServiceProvider.GetRequiredService<BookingAppService>().RecordPaymentAsync(booking.Id, CancellationToken.None);
        }

        using var response = await owner.Client.DeleteAsync($"/api/listings/{listing.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, ListingsErrorCodes.HasUpcomingBookings);
        (await host.CreateClient().GetAsync($"/api/listings/{listing.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
