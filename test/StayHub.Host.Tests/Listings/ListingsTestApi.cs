using System.Net;
using System.Net.Http.Headers;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

internal static class ListingsTestApi
{
    /// <summary>A new user who became a host, with a refreshed token that carries the host role.</summary>
    public static async Task<TestUser> CreateHostAsync(this HostFixture host)
    {
        var user = await host.CreateUserAsync("Harriet Host");
        (await user.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var refreshed = (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
        user.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        return user with { RefreshToken = refreshed.RefreshToken! };
    }

    public static ListingRequest ValidRequest(string title = "Sunny flat in Alfama", string currency = "EUR", long price = 12_500) => new(
        Title: title,
        Description: "Two bedrooms, river view, five minutes from the tram.",
        PropertyType: "apartment",
        Address: new AddressDto("Rua da Regueira 12", "Lisbon", "Lisboa", "1100-148", "PT"),
        Location: new LocationDto(38.7115, -9.1300),
        MaxGuests: 4,
        Bedrooms: 2,
        Beds: 2,
        Bathrooms: 1,
        NightlyPrice: new Money(price, currency),
        CleaningFee: new Money(3_000, currency),
        Amenities: ["wifi", "kitchen", "washer"],
        MinNights: 2,
        MaxNights: 30,
        InstantBook: true,
        CancellationPolicy: "moderate",
        CheckInTime: "15:00",
        CheckOutTime: "11:00",
        HouseRules: "No parties.");

    public static async Task<ListingDto> CreateListingAsync(this TestUser owner, ListingRequest? request = null)
    {
        using var response = await owner.Client.PostJsonAsync("/api/listings", request ?? ValidRequest());
        return await response.ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsync(url, System.Net.Http.Json.JsonContent.Create(body, options: ApiAssertions.JsonOptions));
}
