using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Testing;
using StayHub.Listings.Contracts;

namespace StayHub.ListingsHost.Tests;

/// <summary>Listings and identity reused in a host without booking and payments, through the same conventions.</summary>
[Collection(ListingsHostCollection.Name)]
public sealed class ModuleReuseTests(ListingsHostFixture host)
{
    [Fact]
    public async Task The_host_serves_only_the_modules_it_composed()
    {
        var definition = await host.CreateClient().GetFromJsonAsync<ApiDefinitionDto>("/api/definition", JsonSerializerOptions.Web);

        var names = definition!.Services.Select(s => s.Name).ToList();
        names.ShouldContain("Listing");
        names.ShouldContain("ListingSearch");
        names.ShouldContain("Account");
        names.ShouldNotContain("Booking");
        names.ShouldNotContain("Payment");
        (await host.CreateClient().PostAsJsonAsync("/api/bookings/quote", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_host_creates_edits_finds_and_deletes_a_listing()
    {
        var owner = await host.CreateHostClientAsync();
        var city = "Reuseville-" + Guid.NewGuid().ToString("N")[..8];

        var created = await (await owner.PostJsonAsync("/api/listings", Request(city))).ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
        var updated = await (await owner.PutAsync($"/api/listings/{created.Id}",
                JsonContent.Create(Request(city) with { Title = "Renamed in the reuse host" }, options: ApiAssertions.JsonOptions)))
            .ShouldBeJsonAsync<ListingDto>();
        updated.Title.ShouldBe("Renamed in the reuse host");

        var found = await host.CreateClient().GetFromJsonAsync<CursorPage<ListingSummaryDto>>($"/api/listings?city={city}", JsonSerializerOptions.Web);
        found!.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);

        // Without booking there are no stays to protect, so deleting checks none.
        (await owner.DeleteAsync($"/api/listings/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.CreateClient().GetAsync($"/api/listings/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_calendar_reads_and_prices_without_booking_and_refuses_blocks_with_a_clear_409()
    {
        var owner = await host.CreateHostClientAsync();
        var listing = await (await owner.PostJsonAsync("/api/listings", Request("Calendarton"))).ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var priced = await owner.PutAsync($"/api/listings/{listing.Id}/calendar", JsonContent.Create(
            new { prices = new[] { new { from, to = from.AddDays(2), price = new Money(20_000, "EUR") } } }, options: ApiAssertions.JsonOptions));
        priced.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var calendar = await host.CreateClient().GetFromJsonAsync<CalendarDto>(
            $"/api/listings/{listing.Id}/calendar?from={from:yyyy-MM-dd}&to={from.AddDays(3):yyyy-MM-dd}", JsonSerializerOptions.Web);
        calendar!.Days.Select(d => d.Price.Amount).ShouldBe([20_000L, 20_000L, 12_500L]);
        calendar.Days.ShouldAllBe(d => d.Available);

        var blocked = await owner.PutAsync($"/api/listings/{listing.Id}/calendar", JsonContent.Create(
            new { blocks = new[] { new { from, to = from.AddDays(1) } } }, options: ApiAssertions.JsonOptions));
        await blocked.ShouldBeProblemAsync(HttpStatusCode.Conflict, "booking.unavailable");
    }

    private static ListingRequest Request(string city) => new(
        Title: "Reused flat",
        Description: "Served by a host that composes listings and identity only.",
        PropertyType: "apartment",
        Address: new AddressDto("Main street 1", city, null, "1000", "PT"),
        Location: new LocationDto(38.72, -9.14),
        MaxGuests: 2,
        Bedrooms: 1,
        Beds: 1,
        Bathrooms: 1,
        NightlyPrice: new Money(12_500, "EUR"),
        CleaningFee: new Money(2_000, "EUR"),
        Amenities: ["wifi"],
        MinNights: 1,
        MaxNights: 30,
        InstantBook: true,
        CancellationPolicy: "flexible",
        CheckInTime: "15:00",
        CheckOutTime: "11:00",
        HouseRules: null);
}
