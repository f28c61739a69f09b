using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StayHub.Framework.Testing;
using StayHub.Reviews.Application.Eligibility;
using StayHub.Reviews.Persistence;

namespace StayHub.AdminConsole.Tests;

/// <summary>
/// The remaining row actions clicked in the console, each checked on the API afterwards: refund on the payments page,
/// hide on the reviews page, retry on the notification deliveries page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleActionTests(ConsoleHostFixture host)
{
    [Fact]
    public async Task Refund_on_the_payments_page_refunds_the_payment()
    {
        var stay = await PaidStayAsync();
        var page = await SignedInAdminAsync();

        await page.GotoAsync("/admin/#/payments");
        var row = page.Locator($"table[data-list='payments'] tr[data-id='{stay.PaymentId}']");
        await row.Locator("button[data-action='RefundPayment']").ClickAsync();
        // The body is optional (no amount: all that is left); confirmed as it stands.
        var dialog = page.Locator("dialog[open]");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await ConsoleHostFixture.ScreenshotAsync(page, "payments-refund-dialog");
        await dialog.Locator("button[value='ok']").ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("done");

        var payment = await GetJsonAsync(stay.Guest, $"/api/payments/{stay.PaymentId}");
        payment.GetProperty("status").GetString().ShouldBe("refunded");
        payment.GetProperty("refunded").GetProperty("amount").GetInt64().ShouldBe(payment.GetProperty("amount").GetProperty("amount").GetInt64());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Hide_on_the_reviews_page_takes_the_review_off_the_listing()
    {
        var (listingId, reviewId, anyone) = await PublishedReviewAsync();
        (await GetJsonAsync(anyone, $"/api/listings/{listingId}/reviews")).GetProperty("items").GetArrayLength().ShouldBe(1);
        var page = await SignedInAdminAsync();

        await page.GotoAsync($"/admin/#/reviews?listingId={listingId}");
        var row = page.Locator($"table[data-list='reviews'] tr[data-id='{reviewId}']");
        await row.Locator("button[data-action='HideReview']").ClickAsync();
        var dialog = page.Locator("dialog[open]");
        await dialog.Locator("[data-field='reason']").FillAsync("Personal details of the host");
        await dialog.Locator("button[value='ok']").ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("done");
        await ConsoleHostFixture.ScreenshotAsync(page, "reviews-hidden");

        var listing = await GetJsonAsync(anyone, $"/api/listings/{listingId}/reviews");
        listing.GetProperty("items").GetArrayLength().ShouldBe(0);
        listing.GetProperty("reviewCount").GetInt32().ShouldBe(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Retry_on_the_deliveries_page_puts_a_dead_delivery_back_to_pending()
    {
        var stay = await PaidStayAsync();
        var deliveryId = await EventuallyAsync(
            () => host.ScalarAsync<Guid>("SELECT id FROM notifications.email_deliveries WHERE recipient = @r ORDER BY id LIMIT 1", ("r", stay.HostEmail)));
        // Given up on, as after its last attempt (the test host has no mail server to fail against on demand).
        await host.ScalarAsync<int>(
            "UPDATE notifications.email_deliveries SET status = 'dead', next_attempt_at = NULL, last_error = 'gave up' WHERE id = @id", ("id", deliveryId));
        var page = await SignedInAdminAsync();

        await page.GotoAsync("/admin/#/notifications/deliveries?status=dead");
        var row = page.Locator($"table[data-list='notifications/deliveries'] tr[data-id='{deliveryId}']");
        await Assertions.Expect(row).ToContainTextAsync("gave up");
        await row.Locator("button[data-action='RetryDelivery']").ClickAsync();
        await page.Locator("dialog[open] button[value='ok']").ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("done");
        await ConsoleHostFixture.ScreenshotAsync(page, "deliveries-retried");

        var admin = await Http().AuthenticateAsync(StayHubAppFactory<Program>.AdminEmail, StayHubAppFactory<Program>.AdminPassword);
        var dead = await GetJsonAsync(admin, "/api/admin/notifications/deliveries?status=dead&pageSize=100");
        dead.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldNotContain(deliveryId);
        (await host.ScalarAsync<string>("SELECT status FROM notifications.email_deliveries WHERE id = @id", ("id", deliveryId))).ShouldNotBe("dead");
        await page.Context.CloseAsync();
    }

    private sealed record PaidStay(HttpClient Guest, Guid BookingId, Guid PaymentId, string HostEmail);

    private async Task<IPage> SignedInAdminAsync()
    {
        var page = await host.NewPageAsync();
        await ConsoleHostFixture.SignInAsAdminAsync(page);
        return page;
    }

    private HttpClient Http() => host.Http();

    /// <summary>A host with a published instant-book listing, a guest who booked two nights and paid with the sandbox card.</summary>
    private async Task<PaidStay> PaidStayAsync()
    {
        var (hostClient, hostEmail, _) = await HostAsync();
        var listingId = await PublishedListingAsync(hostClient);
        var (guestId, guestEmail) = await host.RegisterAsync("payer");
        _ = guestId;
        var guest = await Http().AuthenticateAsync(guestEmail, ConsoleHostFixture.Password);
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        var booking = await PostJsonAsync(guest, "/api/bookings", new { listingId, checkIn, checkOut = checkIn.AddDays(2), guests = 1 }, HttpStatusCode.Created);
        var bookingId = booking.GetProperty("id").GetGuid();
        var payment = await PostJsonAsync(guest, $"/api/bookings/{bookingId}/payments", new { paymentMethodId = "pm_card_visa" }, HttpStatusCode.Created);
        payment.GetProperty("status").GetString().ShouldBe("succeeded");
        return new PaidStay(guest, bookingId, payment.GetProperty("id").GetGuid(), hostEmail);
    }

    /// <summary>A completed stay (as booking's events would tell reviews) reviewed by both sides, so published at once.</summary>
    private async Task<(Guid ListingId, Guid ReviewId, HttpClient Anyone)> PublishedReviewAsync()
    {
        var (hostClient, _, hostId) = await HostAsync();
        var listingId = await PublishedListingAsync(hostClient);
        var (guestId, guestEmail) = await host.RegisterAsync("reviewer");
        var guest = await Http().AuthenticateAsync(guestEmail, ConsoleHostFixture.Password);
        var bookingId = Guid.CreateVersion7();
        var checkOut = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReviewableStays>().RecordAsync(
                bookingId, listingId, guestId, hostId, "completed", DateTimeOffset.UtcNow, checkOut.AddDays(-3), checkOut, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ReviewsDbContext>().SaveChangesAsync();
        }

        var review = await PostJsonAsync(guest, $"/api/bookings/{bookingId}/review", new { rating = 2, comment = "The host's phone number is 555-0100" }, HttpStatusCode.Created);
        await PostJsonAsync(hostClient, $"/api/bookings/{bookingId}/review", new { rating = 5, comment = "Tidy guest" }, HttpStatusCode.Created);
        return (listingId, review.GetProperty("id").GetGuid(), Http());
    }

    private async Task<(HttpClient Client, string Email, Guid Id)> HostAsync()
    {
        var (id, email) = await host.RegisterAsync("console-host");
        var client = await Http().AuthenticateAsync(email, ConsoleHostFixture.Password);
        (await client.PostAsync("/api/account/become-host", null)).EnsureSuccessStatusCode();
        var token = (await Http().PasswordGrantAsync(email, ConsoleHostFixture.Password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return (client, email, id);
    }

    private static async Task<Guid> PublishedListingAsync(HttpClient owner)
    {
        var listing = await PostJsonAsync(owner, "/api/listings", new
        {
            title = "Console flat",
            description = "Two bedrooms, river view, five minutes from the tram.",
            propertyType = "apartment",
            address = new { line1 = "Rua da Regueira 12", city = "Lisbon", region = "Lisboa", postalCode = "1100-148", country = "PT" },
            location = new { lat = 38.7115, lng = -9.13 },
            maxGuests = 4,
            bedrooms = 2,
            beds = 2,
            bathrooms = 1,
            nightlyPrice = new { amount = 12_500, currency = "EUR" },
            cleaningFee = new { amount = 3_000, currency = "EUR" },
            amenities = new[] { "wifi" },
            minNights = 1,
            maxNights = 30,
            instantBook = true,
            cancellationPolicy = "flexible",
            checkInTime = "15:00",
            checkOutTime = "11:00",
            houseRules = "No parties.",
        }, HttpStatusCode.Created);
        var id = listing.GetProperty("id").GetGuid();
        (await owner.PostAsync($"/api/listings/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<JsonElement> PostJsonAsync(HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<Guid> EventuallyAsync(Func<Task<Guid>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (value != Guid.Empty || DateTime.UtcNow > deadline)
            {
                value.ShouldNotBe(Guid.Empty, "a notification delivery for the host");
                return value;
            }

            await Task.Delay(100);
        }
    }
}
