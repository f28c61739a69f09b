using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

/// <summary>
/// The street, postcode and exact point are for the host, moderators and guests with a confirmed stay; everyone else
/// (search included) sees the area and a point 150–450 m away that stays put.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class LocationPrivacyTests(HostFixture host)
{
    private const double Lat = 38.7115;
    private const double Lng = -9.1364;

    private static object Body(string city, double lat, double lng, string title = "Quiet flat") => new
    {
        title,
        description = "Two rooms over the square.",
        propertyType = "apartment",
        address = new { line1 = "Rua da Prata 12", city, region = "Lisboa", postalCode = "1100-420", country = "PT" },
        location = new { lat, lng },
        maxGuests = 2, bedrooms = 1, beds = 1, bathrooms = 1,
        nightlyPrice = new Money(9_000, "EUR"), cleaningFee = new Money(2_000, "EUR"),
        amenities = Array.Empty<string>(), minNights = 1, maxNights = 30, instantBook = true, cancellationPolicy = "flexible",
        checkInTime = "15:00", checkOutTime = "11:00",
    };

    private async Task<(TestUser Owner, ListingDto Listing)> CreateAsync(string city)
    {
        var owner = await host.CreateUserAsync();
        (await owner.Client.PostAsync("/api/account/become-host", content: null)).Dispose();
        var token = (await host.CreateClient().PasswordGrantAsync(owner.Email, owner.Password)).ShouldSucceed();
        owner.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var listing = await (await owner.Client.PostAsJsonAsync("/api/listings", Body(city, Lat, Lng))).ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
        return (owner, listing);
    }

    private static double MetersBetween(LocationDto a, double lat, double lng)
    {
        const double r = 6_371_000;
        var dLat = (lat - a.Lat!.Value) * Math.PI / 180;
        var dLng = (lng - a.Lng!.Value) * Math.PI / 180;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(a.Lat.Value * Math.PI / 180) * Math.Cos(lat * Math.PI / 180) * Math.Pow(Math.Sin(dLng / 2), 2));
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }

    [Fact]
    public async Task Anyone_else_sees_the_area_and_a_nearby_point_that_does_not_move_while_the_host_sees_it_all()
    {
        var city = "Privacyville-" + Guid.NewGuid().ToString("N")[..8];
        var (owner, created) = await CreateAsync(city);
        created.LocationPrecision.ShouldBe(LocationPrecisions.Exact);
        created.Address.Line1.ShouldBe("Rua da Prata 12");

        var anonymous = await (await host.CreateClient().GetAsync($"/api/listings/{created.Id}")).ShouldBeJsonAsync<ListingDto>();
        anonymous.LocationPrecision.ShouldBe(LocationPrecisions.Approximate);
        anonymous.Address.Line1.ShouldBeNull();
        anonymous.Address.PostalCode.ShouldBeNull();
        anonymous.Address.City.ShouldBe(city);
        MetersBetween(anonymous.Location, Lat, Lng).ShouldBeInRange(140, 460);

        var stranger = await host.CreateUserAsync();
        var seenByStranger = await (await stranger.Client.GetAsync($"/api/listings/{created.Id}")).ShouldBeJsonAsync<ListingDto>();
        seenByStranger.Location.ShouldBe(anonymous.Location);
        seenByStranger.Address.Line1.ShouldBeNull();

        var found = (await (await host.CreateClient().GetAsync($"/api/listings?city={city}")).ShouldBeJsonAsync<CursorPage<ListingSummaryDto>>()).Items.ShouldHaveSingleItem();
        found.Location.Lat.ShouldBe(anonymous.Location.Lat!.Value, 1e-9);
        found.Location.Lng.ShouldBe(anonymous.Location.Lng!.Value, 1e-9);

        var own = await (await owner.Client.GetAsync($"/api/listings/{created.Id}")).ShouldBeJsonAsync<ListingDto>();
        own.LocationPrecision.ShouldBe(LocationPrecisions.Exact);
        own.Location.Lat!.Value.ShouldBe(Lat, 1e-9);
        own.Address.PostalCode.ShouldBe("1100-420");

        // An edit that keeps the place keeps the public point (redrawing it would let anyone average it away)...
        (await owner.Client.PutAsJsonAsync($"/api/listings/{created.Id}", Body(city, Lat, Lng, title: "Quiet flat, renamed"))).EnsureSuccessStatusCode();
        (await (await host.CreateClient().GetAsync($"/api/listings/{created.Id}")).ShouldBeJsonAsync<ListingDto>()).Location.ShouldBe(anonymous.Location);

        // ...and moving the place draws a new one near the new place.
        (await owner.Client.PutAsJsonAsync($"/api/listings/{created.Id}", Body(city, 38.75, -9.20))).EnsureSuccessStatusCode();
        var moved = await (await host.CreateClient().GetAsync($"/api/listings/{created.Id}")).ShouldBeJsonAsync<ListingDto>();
        MetersBetween(moved.Location, 38.75, -9.20).ShouldBeInRange(140, 460);
    }

    [Fact]
    public async Task A_guest_sees_the_exact_address_once_their_stay_is_confirmed_and_a_moderator_always()
    {
        var (_, listing) = await CreateAsync("Lisbon");
        var guest = await host.CreateUserAsync();
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing.Id, checkIn, checkIn.AddDays(2), 1, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);

        (await (await guest.Client.GetAsync($"/api/listings/{listing.Id}")).ShouldBeJsonAsync<ListingDto>()).LocationPrecision
            .ShouldBe(LocationPrecisions.Approximate, "a pending booking is not a confirmed stay");

        // Confirmation normally follows the payment; the state is what this test is about.
        await host.ScalarAsync<int>("update booking.stays set status = 'confirmed' where id = @id returning 1", ("id", booking.Id));
        var confirmed = await (await guest.Client.GetAsync($"/api/listings/{listing.Id}")).ShouldBeJsonAsync<ListingDto>();
        confirmed.LocationPrecision.ShouldBe(LocationPrecisions.Exact);
        confirmed.Address.Line1.ShouldBe("Rua da Prata 12");
        confirmed.Location.Lng!.Value.ShouldBe(Lng, 1e-9);

        var admin = await host.CreateAdminClientAsync();
        (await (await admin.GetAsync($"/api/listings/{listing.Id}")).ShouldBeJsonAsync<ListingDto>()).LocationPrecision.ShouldBe(LocationPrecisions.Exact);
    }
}
