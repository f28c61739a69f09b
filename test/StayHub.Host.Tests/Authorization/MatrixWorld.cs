using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Host.Tests.Listings;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// The callers of the matrix and the objects their cells need: the host's listings (instant, request-to-book, draft),
/// the guest's bookings, payments, reviews and notifications, an e-mail delivery, a photo. Objects a cell changes
/// (cancels, deletes, pays, replies to) are made fresh for that cell by the factories below, so one cell's success
/// never decides the next one's answer.
/// </summary>
public sealed class MatrixWorld
{
    private readonly MatrixFixture fixture;
    private int stays;

    private MatrixWorld(MatrixFixture fixture, TestUser guest, TestUser otherGuest, TestUser host, TestUser otherHost, HttpClient admin)
    {
        this.fixture = fixture;
        Guest = guest;
        OtherGuest = otherGuest;
        Host = host;
        OtherHost = otherHost;
        Admin = admin;
        Clients = new Dictionary<MatrixCaller, HttpClient>
        {
            [MatrixCaller.Anonymous] = fixture.NewClient(),
            [MatrixCaller.Guest] = guest.Client,
            [MatrixCaller.OtherGuest] = otherGuest.Client,
            [MatrixCaller.Host] = host.Client,
            [MatrixCaller.OtherHost] = otherHost.Client,
            [MatrixCaller.Admin] = admin,
        };
    }

    public IReadOnlyDictionary<MatrixCaller, HttpClient> Clients { get; }

    public TestUser Guest { get; }

    public TestUser OtherGuest { get; }

    public TestUser Host { get; }

    public TestUser OtherHost { get; }

    public HttpClient Admin { get; }

    /// <summary>The host's published, instantly bookable listing: most bookings are made here.</summary>
    public Guid InstantListing { get; private set; }

    /// <summary>The host's published request-to-book listing (approve and decline).</summary>
    public Guid RequestListing { get; private set; }

    /// <summary>The host's unpublished listing (a draft): private to the host and moderators.</summary>
    public Guid DraftListing { get; private set; }

    /// <summary>A confirmed (paid) booking of the guest at the instant listing, and its payment.</summary>
    public Guid PaidBooking { get; private set; }

    public Guid Payment { get; private set; }

    /// <summary>The guest's review of a completed stay the host has not reviewed yet: double-blind, so only its author sees it.</summary>
    public Guid BlindReview { get; private set; }

    /// <summary>An in-app notification of the guest (from the paid booking).</summary>
    public Guid GuestNotification { get; private set; }

    /// <summary>An e-mail delivery the paid booking caused.</summary>
    public Guid Delivery { get; private set; }

    /// <summary>An audit-log entry (the writer is off the request path, so it is waited for).</summary>
    public Guid AuditLog { get; private set; }

    /// <summary>The stored name of a listing photo, as served under /media.</summary>
    public string MediaName { get; private set; } = string.Empty;

    public static async Task<MatrixWorld> CreateAsync(MatrixFixture fixture)
    {
        var world = new MatrixWorld(
            fixture,
            await fixture.CreateUserAsync("Gemma Guest"),
            await fixture.CreateUserAsync("Otto Otherguest"),
            await fixture.CreateHostAsync("Hanna Host"),
            await fixture.CreateHostAsync("Olaf Otherhost"),
            await fixture.CreateAdminClientAsync());
        world.InstantListing = await world.CreateListingAsync(publish: true);
        world.RequestListing = await world.CreateListingAsync(publish: true, instantBook: false);
        world.DraftListing = await world.CreateListingAsync(publish: false);
        // The other host owns a listing too, so "another host" is a host with listings of their own.
        await world.CreateListingAsync(publish: true, owner: world.OtherHost);
        (world.PaidBooking, world.Payment) = await world.BookAndPayAsync();
        // The host has a payout account to read; the other host has none.
        using (var account = await world.Host.Client.PutAsync("/api/host/payout-account", MatrixFixture.JsonContent("""{"accountId":"acct_1234567890"}""")))
        {
            await account.ShouldBeJsonAsync<JsonElement>();
        }

        world.BlindReview = await world.GuestReviewAsync(await world.CompletedStayAsync());
        using (var photo = await world.Host.Client.PostAsync($"/api/listings/{world.InstantListing}/photos", Photos.PhotoFiles.Form(Photos.PhotoFiles.JpegWithGps(32, 32))))
        {
            var added = await photo.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
            world.MediaName = added.GetProperty("url").GetString()!["/media/".Length..];
        }

        // Notifications and e-mail deliveries follow the booking's events after commit.
        world.GuestNotification = await EventuallyFirstIdAsync(world.Guest.Client, "/api/notifications?pageSize=5", "a notification of the guest");
        world.Delivery = await EventuallyFirstIdAsync(world.Admin, "/api/admin/notifications/deliveries?pageSize=5", "an e-mail delivery");
        world.AuditLog = await EventuallyFirstIdAsync(world.Admin, "/api/admin/audit-logs?pageSize=5", "an audit-log entry");
        return world;
    }

    /// <summary>The next free two-night stay (each booking of the matrix gets nights of its own, on any listing).</summary>
    public (DateOnly CheckIn, DateOnly CheckOut) NextStay()
    {
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20 + (3 * Interlocked.Increment(ref stays)));
        return (checkIn, checkIn.AddDays(2));
    }

    public async Task<Guid> CreateListingAsync(bool publish, bool instantBook = true, TestUser? owner = null)
    {
        owner ??= Host;
        var request = ListingsTestApi.ValidRequest($"Matrix flat {Guid.NewGuid():N}") with { InstantBook = instantBook };
        using var created = await owner.Client.PostJsonAsync("/api/listings", request);
        var id = (await created.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        // A new listing is published at once; the matrix's private ones are unpublished by their host.
        if (!publish)
        {
            using var unpublished = await owner.Client.PostAsync($"/api/listings/{id}/unpublish", content: null);
            (await unpublished.ShouldBeJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("unpublished");
        }

        return id;
    }

    public string BookingBody(Guid listing)
    {
        var (checkIn, checkOut) = NextStay();
        return $$"""{"listingId":"{{listing}}","checkIn":"{{checkIn:yyyy-MM-dd}}","checkOut":"{{checkOut:yyyy-MM-dd}}","guests":2,"message":"Hello"}""";
    }

    /// <summary>A pending booking of the guest (unpaid; at the request-to-book listing also unanswered).</summary>
    public async Task<Guid> BookAsync(Guid? listing = null)
    {
        using var created = await Guest.Client.PostAsync("/api/bookings", MatrixFixture.JsonContent(BookingBody(listing ?? InstantListing)));
        return (await created.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A booking of the guest paid with <paramref name="paymentMethod"/> (the visa confirms it).</summary>
    public async Task<(Guid Booking, Guid Payment)> BookAndPayAsync(string paymentMethod = "pm_card_visa")
    {
        var booking = await BookAsync();
        using var paid = await Guest.Client.PostAsync($"/api/bookings/{booking}/payments", MatrixFixture.JsonContent($$"""{"paymentMethodId":"{{paymentMethod}}"}"""));
        return (booking, (await paid.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
    }

    /// <summary>A completed stay of the guest at the host's instant listing, known to reviews, not reviewed yet.</summary>
    public Task<Guid> CompletedStayAsync() => fixture.RecordCompletedStayAsync(Guest.Id, Host.Id, InstantListing);

    /// <summary>The guest's review of a new completed stay, published because the host reviewed the guest too.</summary>
    public async Task<Guid> PublishedReviewAsync()
    {
        var booking = await CompletedStayAsync();
        var review = await GuestReviewAsync(booking);
        using var byHost = await Host.Client.PostAsync($"/api/bookings/{booking}/review", MatrixFixture.JsonContent("""{"rating":5,"comment":"A considerate guest."}"""));
        await byHost.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        return review;
    }

    /// <summary>The guest's review of the completed stay <paramref name="booking"/>.</summary>
    public async Task<Guid> GuestReviewAsync(Guid booking)
    {
        using var byGuest = await Guest.Client.PostAsync($"/api/bookings/{booking}/review", MatrixFixture.JsonContent("""{"rating":5,"comment":"Lovely stay."}"""));
        return (await byGuest.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A photo on a new listing of the host (not on the instant listing: reviews published by other rows update that
    /// listing's rating at the same moment, and a photo added then is a 409 concurrent change).
    /// </summary>
    public async Task<(Guid Listing, Guid Photo)> PhotoAsync()
    {
        var listing = await CreateListingAsync(publish: true);
        using var photo = await Host.Client.PostAsync($"/api/listings/{listing}/photos", Photos.PhotoFiles.Form(Photos.PhotoFiles.JpegWithGps(32, 32)));
        return (listing, (await photo.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
    }

    /// <summary>A user nobody in the matrix signs in as: the target of role changes and locks.</summary>
    public Task<TestUser> BystanderAsync() => fixture.CreateUserAsync("Bea Bystander");

    /// <summary>
    /// A fresh signed-in user of the caller's role, for operations that change the caller themselves (becoming a
    /// host would turn the matrix's guest into a host for every later cell). Null for the anonymous caller.
    /// </summary>
    public async Task<HttpClient?> FreshCallerAsync(MatrixCaller caller) => caller switch
    {
        MatrixCaller.Anonymous => null,
        MatrixCaller.Guest or MatrixCaller.OtherGuest => (await fixture.CreateUserAsync("Fresh Guest")).Client,
        MatrixCaller.Host or MatrixCaller.OtherHost => (await fixture.CreateHostAsync("Fresh Host")).Client,
        _ => (await fixture.CreateAdminAsync(Admin, "Fresh Admin")).Client,
    };

    private static async Task<Guid> EventuallyFirstIdAsync(HttpClient client, string url, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
                if (items.GetArrayLength() > 0)
                {
                    return items[0].GetProperty("id").GetGuid();
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ShouldAssertException($"Timed out waiting for {what} ({url}: {(int)response.StatusCode})");
            }

            await Task.Delay(100);
        }
    }
}
