using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Booking;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Payments.Application;
using StayHub.Payments.Contracts;
using StayHub.Payments.Persistence;

namespace StayHub.Host.Tests.Payments;

/// <summary>Booking on real PostgreSQL with listings stood in; payments through the built-in sandbox provider (the default).</summary>
public class PaymentsFixture : BookingFixture
{
    /// <summary>A host user with a listing, and a guest holding a pending booking on it.</summary>
    public async Task<BookedStay> BookAsync(bool instantBook = true, string policy = "flexible", string currency = "USD", long nightly = 10_000, long cleaning = 5_000, DateOnly? checkIn = null)
    {
        var hostUser = await CreateUserAsync();
        var guest = await CreateUserAsync();
        var day = checkIn ?? FutureDay();
        var listing = Listings.Add(hostUser.Id, instantBook: instantBook, policy: policy, currency: currency, nightly: nightly, cleaning: cleaning);
        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, day, day.AddDays(2), 1, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        return new BookedStay(hostUser, guest, booking);
    }

    public static async Task<PaymentDto> PayAsync(TestUser guest, Guid bookingId, string paymentMethod = "pm_card_visa") =>
        await (await guest.Client.PostJsonAsync($"/api/bookings/{bookingId}/payments", new PayRequest(paymentMethod)))
            .ShouldBeJsonAsync<PaymentDto>(HttpStatusCode.Created);

    public static async Task<BookingDto> GetBookingAsync(TestUser user, Guid bookingId) =>
        await (await user.Client.GetAsync($"/api/bookings/{bookingId}")).ShouldBeJsonAsync<BookingDto>();

    /// <summary>The booking once it has <paramref name="status"/> (events confirm it asynchronously), or as it is after 15 s.</summary>
    public static Task<BookingDto> BookingReachingAsync(TestUser user, Guid bookingId, string status) =>
        EventuallyAsync(() => GetBookingAsync(user, bookingId), b => b.Status == status);

    public static async Task<PaymentDto> GetPaymentAsync(TestUser user, Guid paymentId) =>
        await (await user.Client.GetAsync($"/api/payments/{paymentId}")).ShouldBeJsonAsync<PaymentDto>();

    /// <summary>Makes <paramref name="user"/> a host (fresh token carries the role).</summary>
    public async Task<TestUser> BecomeHostAsync(TestUser user)
    {
        (await user.Client.PostAsync("/api/account/become-host", null)).EnsureSuccessStatusCode();
        var token = (await CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        user.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        return user;
    }

    /// <summary>Delivers every pending integration event now (the background dispatcher would within moments).</summary>
    public async Task DrainOutboxAsync()
    {
        // The background dispatcher may hold some messages (rows it locked are skipped here): wait until every
        // outbox the flow touches has nothing left to deliver, or a message has failed.
        var dispatcher = Services.GetRequiredService<IOutboxDispatcher>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
            var pending = await ScalarAsync<long>("""
                SELECT (SELECT count(*) FROM booking.outbox_messages WHERE processed_at IS NULL AND failed_at IS NULL AND last_error IS NULL)
                     + (SELECT count(*) FROM payments.outbox_messages WHERE processed_at IS NULL AND failed_at IS NULL AND last_error IS NULL)
                """);
            if (pending == 0)
            {
                break;
            }

            await Task.Delay(20);
        }

        // A handler that threw leaves its error on the message: surface it here rather than as a puzzling state later.
        var errors = await ScalarAsync<string>("""
            SELECT string_agg(name || ': ' || last_error, ' | ') FROM (
                SELECT name, last_error FROM booking.outbox_messages WHERE last_error IS NOT NULL
                UNION ALL SELECT name, last_error FROM payments.outbox_messages WHERE last_error IS NOT NULL) e
            """);
        errors.ShouldBeNull();
    }

    /// <summary>Runs the payout job's logic at <paramref name="at"/>.</summary>
    public async Task<int> ReleasePayoutsAsync(DateTimeOffset at)
    {
        await DrainOutboxAsync();
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PayoutAppService>().ReleaseDueAsync(at, CancellationToken.None);
    }

    /// <summary>Runs the stale-attempt job's logic at <paramref name="at"/>.</summary>
    public async Task<int> FailStalePaymentsAsync(DateTimeOffset at)
    {
        await using var scope = Services.CreateAsyncScope();
        return await new FailStalePaymentsJob(scope.ServiceProvider.GetRequiredService<PaymentsDbContext>(), TimeProvider.System).FailStaleAsync(at, CancellationToken.None);
    }

    internal async Task<T> WithPaymentsDbAsync<T>(Func<PaymentsDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PaymentsDbContext>());
    }

    /// <summary>Integration events are delivered asynchronously: poll rather than sleep.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > TimeSpan.FromSeconds(15))
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}

public sealed record BookedStay(TestUser Host, TestUser Guest, BookingDto Booking);

[CollectionDefinition(Name)]
public sealed class SandboxPaymentsCollection : ICollectionFixture<PaymentsFixture>
{
    public const string Name = "payments-sandbox";
}

/// <summary>Payments through the real Stripe.net client against <see cref="StripeStandIn"/> on loopback.</summary>
public sealed class StripePaymentsFixture : PaymentsFixture
{
    public StripeStandIn Stripe { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider"] = "Stripe",
        ["Payments:Stripe:SecretKey"] = StripeStandIn.SecretKey,
        ["Payments:Stripe:WebhookSecret"] = StripeStandIn.WebhookSecret,
        ["Payments:Stripe:ApiBase"] = Stripe.Url,
    };

    /// <summary>Posts a signed webhook (signed now unless <paramref name="signedAt"/> says otherwise).</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(string json, DateTimeOffset? signedAt = null, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/webhooks/stripe")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? StripeStandIn.Sign(json, signedAt ?? DateTimeOffset.UtcNow));
        return await CreateClient().SendAsync(request);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Stripe.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StripePaymentsCollection : ICollectionFixture<StripePaymentsFixture>
{
    public const string Name = "payments-stripe";
}
