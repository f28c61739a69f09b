using System.Diagnostics;
using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

/// <summary>
/// Across modules, end to end: a booking made through the booking module reaches listings' search projection
/// through the outbox (StayReserved), and a cancellation gives the nights back (StayReleased).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BookedDatesLeaveSearchTests(HostFixture host)
{
    [Fact]
    public async Task Booked_nights_disappear_from_date_search_and_come_back_after_cancellation()
    {
        var city = "Testville " + Guid.NewGuid().ToString("N")[..8];
        var owner = await host.CreateHostAsync();
        var request = ListingsTestApi.ValidRequest() with
        {
            Address = new AddressDto("Main street 1", city, null, null, "PT"),
        };
        var listing = await owner.CreateListingAsync(request);
        var guest = await host.CreateUserAsync();
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var anonymous = host.CreateClient();

        (await FoundAsync(anonymous, city, checkIn, checkIn.AddDays(3))).ShouldBeTrue("free before the booking");

        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing.Id, checkIn, checkIn.AddDays(3), 2, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);

        (await EventuallyAsync(async () => !await FoundAsync(anonymous, city, checkIn.AddDays(1), checkIn.AddDays(2)))).ShouldBeTrue("held nights leave date search");
        (await FoundAsync(anonymous, city, checkIn.AddDays(3), checkIn.AddDays(6))).ShouldBeTrue("check-out day is free for the next stay");
        (await FoundAsync(anonymous, city, null, null)).ShouldBeTrue("without dates the listing is still found");

        using var cancelled = await guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/cancel", new CancelBookingRequest("plans changed"));
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());

        (await EventuallyAsync(() => FoundAsync(anonymous, city, checkIn, checkIn.AddDays(3)))).ShouldBeTrue("cancelled nights come back");
    }

    private static async Task<bool> FoundAsync(HttpClient client, string city, DateOnly? checkIn, DateOnly? checkOut)
    {
        var url = $"/api/listings?city={Uri.EscapeDataString(city)}"
            + (checkIn is null ? string.Empty : $"&checkIn={checkIn:yyyy-MM-dd}&checkOut={checkOut:yyyy-MM-dd}");
        var page = await (await client.GetAsync(url)).ShouldBeJsonAsync<CursorPage<ListingSummaryDto>>();
        return page.Items.Count > 0;
    }

    /// <summary>The projection is eventually consistent (rule 9): poll for the result rather than sleep.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
