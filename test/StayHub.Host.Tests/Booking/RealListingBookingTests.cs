using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Booking;

/// <summary>Booking against the real listings module (no stand-in): terms, prices and host come from a listing created over HTTP.</summary>
[Collection(HostCollection.Name)]
public sealed class RealListingBookingTests(HostFixture host)
{
    [Fact]
    public async Task A_guest_books_a_real_listing_once_and_the_same_nights_again_are_409()
    {
        var owner = await host.CreateUserAsync();
        (await owner.Client.PostAsync("/api/account/become-host", content: null)).Dispose();
        var token = (await host.CreateClient().PasswordGrantAsync(owner.Email, owner.Password)).ShouldSucceed();
        owner.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var created = await owner.Client.PostAsJsonAsync("/api/listings", new
        {
            title = "Harbour flat",
            description = "Two rooms over the harbour.",
            propertyType = "apartment",
            address = new { line1 = "Rua 1", city = "Lisbon", region = "Lisboa", postalCode = "1100-001", country = "PT" },
            location = new { lat = 38.71, lng = -9.14 },
            maxGuests = 4, bedrooms = 1, beds = 1, bathrooms = 1,
            nightlyPrice = new Money(10_000, "EUR"), cleaningFee = new Money(3_000, "EUR"),
            amenities = Array.Empty<string>(), minNights = 1, maxNights = 30, instantBook = true, cancellationPolicy = "moderate",
            checkInTime = "15:00", checkOutTime = "11:00",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var listingId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var guest = await host.CreateUserAsync();
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);

        var quote = await (await host.CreateClient().PostJsonAsync("/api/bookings/quote", new QuoteRequest(listingId, checkIn, checkIn.AddDays(2), 2))).ShouldBeJsonAsync<QuoteDto>();
        quote.Total.ShouldBe(new Money(23_000 + 2_760, "EUR"));
        quote.Available.ShouldBeTrue();

        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listingId, checkIn, checkIn.AddDays(2), 2, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        booking.HostId.ShouldBe(owner.Id);
        booking.CancellationPolicy.ShouldBe("moderate");
        using var again = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listingId, checkIn.AddDays(1), checkIn.AddDays(3), 2, null));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);
    }
}
