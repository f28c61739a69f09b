using StayHub.Framework.Contracts;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The set-up steps client tests share — users, hosts, listings — all through the proxies too.</summary>
public static class ClientFlows
{
    /// <summary>A freshly registered guest, signed in through the password grant.</summary>
    public static async Task<ClientUser> CreateUserAsync(this ClientHostFixture host, string displayName = "Client Test")
    {
        var email = $"client-{Guid.NewGuid():N}@example.test";
        var profile = await host.Anonymous().Get<IAccountAppService>()
            .RegisterAsync(new RegisterRequest(email, ClientHostFixture.Password, displayName), CancellationToken.None);
        return new ClientUser(profile.Id, email, ClientHostFixture.Password, host.CreateClient(email));
    }

    /// <summary>A new user who became a host, signed in again so the token carries the role.</summary>
    public static async Task<ClientUser> CreateHostAsync(this ClientHostFixture host)
    {
        var user = await host.CreateUserAsync("Harriet Host");
        await user.Get<IAccountAppService>().BecomeHostAsync(CancellationToken.None);
        return host.SignInAgain(user);
    }

    /// <summary>A published listing of <paramref name="owner"/> (a host), created through the proxy.</summary>
    public static Task<ListingDto> CreateListingAsync(this ClientHostFixture host, ClientUser owner, bool instantBook = true, string city = "Lisbon") =>
        owner.Get<IListingAppService>().CreateListingAsync(ListingRequest(instantBook, city), CancellationToken.None);

    public static ListingRequest ListingRequest(bool instantBook = true, string city = "Lisbon", string title = "Sunny flat in Alfama") => new(
        Title: title,
        Description: "Two bedrooms, river view, five minutes from the tram.",
        PropertyType: "apartment",
        Address: new AddressDto("Rua da Regueira 12", city, "Lisboa", "1100-148", "PT"),
        Location: new LocationDto(38.7115, -9.1300),
        MaxGuests: 4,
        Bedrooms: 2,
        Beds: 2,
        Bathrooms: 1,
        NightlyPrice: new Money(12_500, "EUR"),
        CleaningFee: new Money(3_000, "EUR"),
        Amenities: ["wifi", "kitchen"],
        MinNights: 1,
        MaxNights: 30,
        InstantBook: instantBook,
        CancellationPolicy: "flexible",
        CheckInTime: "15:00",
        CheckOutTime: "11:00",
        HouseRules: "No parties.");

    /// <summary>A far-future first night unique enough that tests sharing a listing or host never meet.</summary>
    public static DateOnly FutureDay() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60 + Random.Shared.Next(0, 600));
}
