using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Listings;
using StayHub.Identity.Contracts;
using StayHub.Identity.Seeding;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// What the fuzzer needs to get past 404 into validation and business logic: signed-in callers, real ids by kind
/// (listing, booking, payment, user, …) and a valid body per request schema to mutate.
/// </summary>
public sealed class FuzzWorld
{
    private FuzzWorld(IReadOnlyDictionary<FuzzCaller, HttpClient> callers)
    {
        Callers = callers;
    }

    /// <summary>Listings only DELETE operations pick.</summary>
    public const string SpareListing = "spare-listing";

    public IReadOnlyDictionary<FuzzCaller, HttpClient> Callers { get; }

    /// <summary>A real (small) JPEG, so some uploads get past the image checks.</summary>
    public byte[] Jpeg { get; } = Photos.PhotoFiles.JpegWithGps(32, 32);

    /// <summary>Kind of the users admin routes may lock or change: every known user but the fuzzer's own callers.</summary>
    public const string ManagedUser = "managed-user";

    /// <summary>Real ids by kind ("listing", "booking", "payment", "user", "notification", "delivery", "review", "photo").</summary>
    public Dictionary<string, List<string>> Ids { get; } = [];

    /// <summary>A valid body per request-schema name, as created at the start.</summary>
    public Dictionary<string, JsonNode> SeedBodies { get; } = [];

    public static async Task<FuzzWorld> CreateAsync(FuzzFixture fixture)
    {
        // The demo guest has completed stays and reviews; the demo host owns the demo listings.
        var guest = await fixture.SignInAsync(DemoAccounts.GuestEmail, DemoAccounts.Password);
        var host = await fixture.SignInAsync(DemoAccounts.HostEmail, DemoAccounts.Password);
        var admin = await fixture.CreateAdminClientAsync();
        var world = new FuzzWorld(new Dictionary<FuzzCaller, HttpClient>
        {
            [FuzzCaller.Anonymous] = fixture.CreateClient(),
            [FuzzCaller.Guest] = guest.Client,
            [FuzzCaller.Host] = host.Client,
            [FuzzCaller.Admin] = admin,
        });
        world.Add("user", guest.Id);
        world.Add("user", host.Id);

        // Three published listings and a draft for everything but DELETE, which gets spare ones of its own (so
        // the first deletes do not turn the rest of the run into 404s).
        var listingRequest = ListingsTestApi.ValidRequest();
        world.SeedBodies["ListingRequest"] = JsonSerializer.SerializeToNode(listingRequest, ApiAssertions.JsonOptions)!;
        var listings = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            using var created = await host.Client.PostJsonAsync("/api/listings", listingRequest with { Title = $"Fuzz flat {i}" });
            var listing = await created.ShouldBeJsonAsync<StayHub.Listings.Contracts.ListingDto>(HttpStatusCode.Created);
            listings.Add(listing.Id);
            world.Add(i < 4 ? "listing" : SpareListing, listing.Id.ToString());
            if (i is < 3 or 5)
            {
                (await host.Client.PostAsync($"/api/listings/{listing.Id}/publish", content: null)).EnsureSuccessStatusCode();
            }
        }

        using (var photo = await host.Client.PostAsync($"/api/listings/{listings[2]}/photos", Photos.PhotoFiles.Form(world.Jpeg)))
        {
            photo.StatusCode.ShouldBe(HttpStatusCode.Created, await photo.Content.ReadAsStringAsync());
            var added = await photo.Content.ReadFromJsonAsync<JsonElement>();
            world.Add("photo", added.GetProperty("id").GetString()!);
            world.Add("media", added.GetProperty("url").GetString()!["/media/".Length..]);
        }

        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var booking = JsonNode.Parse($$"""{"listingId":"{{listings[0]}}","checkIn":"{{checkIn:yyyy-MM-dd}}","checkOut":"{{checkIn.AddDays(3):yyyy-MM-dd}}","guests":2,"message":"Hello"}""")!;
        // The seed body asks for other nights than the booking made here, so an unmutated copy can still succeed once.
        world.SeedBodies["CreateBookingRequest"] = JsonNode.Parse($$"""{"listingId":"{{listings[1]}}","checkIn":"{{checkIn.AddDays(5):yyyy-MM-dd}}","checkOut":"{{checkIn.AddDays(7):yyyy-MM-dd}}","guests":2,"message":"Hello"}""")!;
        world.SeedBodies["QuoteRequest"] = JsonNode.Parse($$"""{"listingId":"{{listings[1]}}","checkIn":"{{checkIn:yyyy-MM-dd}}","checkOut":"{{checkIn.AddDays(2):yyyy-MM-dd}}","guests":1}""")!;
        using (var created = await guest.Client.PostAsync("/api/bookings", Json(booking.ToJsonString())))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var bookingId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            world.Add("booking", bookingId);
            using var paid = await guest.Client.PostAsync($"/api/bookings/{bookingId}/payments", Json("""{"paymentMethodId":"pm_card_visa"}"""));
            paid.StatusCode.ShouldBe(HttpStatusCode.Created, await paid.Content.ReadAsStringAsync());
            world.Add("payment", (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        world.SeedBodies["PayRequest"] = JsonNode.Parse("""{"paymentMethodId":"pm_card_visa"}""")!;
        world.SeedBodies["UpdateProfileRequest"] = JsonNode.Parse("""{"displayName":"Gina Guest","bio":"Likes rivers.","phoneNumber":"+351912345678"}""")!;
        world.SeedBodies["PayoutAccountRequest"] = JsonNode.Parse("""{"accountId":"acct_1234567890"}""")!;
        world.SeedBodies["SubmitReviewRequest"] = JsonNode.Parse("""{"rating":5,"comment":"Lovely stay."}""")!;
        world.SeedBodies["ReplyToReviewRequest"] = JsonNode.Parse("""{"comment":"Thank you!"}""")!;
        world.SeedBodies["HideReviewRequest"] = JsonNode.Parse("""{"reason":"Off topic."}""")!;
        world.SeedBodies["CancelBookingRequest"] = JsonNode.Parse("""{"reason":"Plans changed."}""")!;
        world.SeedBodies["CalendarUpdateRequest"] = JsonNode.Parse($$$"""{"blocks":[{"from":"{{{checkIn.AddDays(10):yyyy-MM-dd}}}","to":"{{{checkIn.AddDays(12):yyyy-MM-dd}}}"}],"prices":[{"from":"{{{checkIn.AddDays(20):yyyy-MM-dd}}}","to":"{{{checkIn.AddDays(22):yyyy-MM-dd}}}","price":{"amount":15000,"currency":"EUR"}}]}""")!;
        world.SeedBodies["RegisterRequest"] = JsonNode.Parse("""{"email":"fuzz-seed@example.test","password":"Blue-Harbour-Lights-88","displayName":"Seed"}""")!;
        using (var preferences = await guest.Client.GetAsync("/api/account/me/preferences"))
        {
            if (preferences.IsSuccessStatusCode)
            {
                world.SeedBodies["PreferencesDto"] = JsonNode.Parse(await preferences.Content.ReadAsStringAsync())!;
            }
        }

        // Whatever else exists by now (notifications, e-mail deliveries, the admin) is harvested from the lists.
        await world.HarvestAsync(admin, "/api/admin/users?pageSize=50", "user");
        var callers = new HashSet<string>([guest.Id, host.Id, (await (await admin.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).Id.ToString()]);
        foreach (var user in world.Ids["user"].Where(id => !callers.Contains(id)).Distinct().ToList())
        {
            world.Add(ManagedUser, user);
        }

        await world.HarvestAsync(admin, "/api/admin/bookings?pageSize=50", "booking");
        await world.HarvestAsync(admin, "/api/admin/payments?pageSize=50", "payment");
        await world.HarvestAsync(admin, "/api/admin/reviews?pageSize=50", "review");
        await world.HarvestAsync(admin, "/api/admin/listings?pageSize=20", "listing");
        await world.HarvestAsync(admin, "/api/admin/notifications/deliveries?pageSize=50", "delivery");
        await world.HarvestAsync(guest.Client, "/api/notifications?pageSize=50", "notification");
        await world.HarvestAsync(host.Client, "/api/notifications?pageSize=50", "notification");
        return world;
    }

    private async Task HarvestAsync(HttpClient client, string url, string kind)
    {
        using var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            return;
        }

        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (page.TryGetProperty("items", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                // Admin review items wrap the review ({"review": {"id": …}, …}).
                var holder = item.TryGetProperty(kind, out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : item;
                if (holder.TryGetProperty("id", out var id))
                {
                    Add(kind, id.ToString());
                }
            }
        }
    }

    public void Add(string kind, string id)
    {
        if (!Ids.TryGetValue(kind, out var list))
        {
            Ids[kind] = list = [];
        }

        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
