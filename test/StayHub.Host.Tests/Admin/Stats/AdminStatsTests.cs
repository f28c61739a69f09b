using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework.RequestStats;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Listings;
using StayHub.Host.Tests.Payments;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Admin.Stats;

/// <summary>
/// GET /api/admin/stats on a host of its own: bookings made, paid and cancelled through the API, users and a published
/// listing move each module's figures by exactly what was done; request figures match the minute rows of the window (every request, reads included).
/// </summary>
[Collection(StatsCollection.Name)]
public sealed class AdminStatsTests(StatsFixture host)
{
    [Fact]
    public async Task Each_modules_figures_move_by_what_was_done_and_request_figures_match_the_minute_rows()
    {
        var admin = await host.CreateAdminClientAsync();
        var before = await StatsAsync(admin, "1h");

        var eur = await host.BookAsync(currency: "EUR", nightly: 10_000, cleaning: 5_000);
        var jpy = await host.BookAsync(currency: "JPY", nightly: 12_000, cleaning: 0);
        var cancelled = await host.BookAsync(currency: "EUR", nightly: 20_000, cleaning: 0);
        await PaymentsFixture.PayAsync(eur.Guest, eur.Booking.Id);
        await PaymentsFixture.PayAsync(jpy.Guest, jpy.Booking.Id);
        (await PaymentsFixture.BookingReachingAsync(eur.Guest, eur.Booking.Id, BookingStatuses.Confirmed)).Status.ShouldBe(BookingStatuses.Confirmed);
        (await PaymentsFixture.BookingReachingAsync(jpy.Guest, jpy.Booking.Id, BookingStatuses.Confirmed)).Status.ShouldBe(BookingStatuses.Confirmed);
        (await cancelled.Guest.Client.PostJsonAsync($"/api/bookings/{cancelled.Booking.Id}/cancel", new CancelBookingRequest("Plans changed"))).EnsureSuccessStatusCode();
        var lister = await host.BecomeHostAsync(await host.CreateUserAsync());
        var listing = await (await lister.Client.PostJsonAsync("/api/listings", ListingsTestApi.ValidRequest("Stats flat"))).ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
        (await lister.Client.PostAsync($"/api/listings/{listing.Id}/publish", content: null)).EnsureSuccessStatusCode();
        (await lister.Client.PostJsonAsync("/api/bookings", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await host.Services.GetRequiredService<RequestStatsRecorder>().FlushAsync(CancellationToken.None);

        var after = await StatsAsync(admin, "1h");

        Delta(before, after, "bookings.created").ShouldBe(3);
        Delta(before, after, "bookings.confirmed").ShouldBe(2);
        Delta(before, after, "bookings.cancelled").ShouldBe(1);
        Delta(before, after, "users.new").ShouldBe(7, "two per booking and the lister");
        Delta(before, after, "listings.active").ShouldBe(1);
        AmountDelta(before, after, "bookings.gross_value", "EUR").ShouldBe(eur.Booking.Price.Total.Amount);
        AmountDelta(before, after, "bookings.gross_value", "JPY").ShouldBe(jpy.Booking.Price.Total.Amount);
        AmountDelta(before, after, "payments.platform_fees", "EUR").ShouldBe(eur.Booking.Price.ServiceFee.Amount);
        AmountDelta(before, after, "payments.platform_fees", "JPY").ShouldBe(jpy.Booking.Price.ServiceFee.Amount);
        eur.Booking.Price.ServiceFee.Amount.ShouldBeGreaterThan(0);

        foreach (var series in after.Series)
        {
            series.Points.Count.ShouldBe(12, series.Name);
            series.Points[0].Start.ShouldBe(after.From);
            var counter = after.Counters.SingleOrDefault(c => c.Name == series.Name);
            if (counter is not null)
            {
                series.Points.Sum(p => p.Value).ShouldBe(counter.Value, series.Name);
            }
        }

        after.Series.Single(s => s.Name == "requests").Points.Sum(p => p.Value).ShouldBe(after.Requests.Count);
        after.Series.Single(s => s.Name == "requests.errors").Points.Sum(p => p.Value).ShouldBe(after.Requests.Errors);
        await RequestsMatchTheMinuteRowsAsync(after);
        (after.Requests.Count - before.Requests.Count).ShouldBeGreaterThan(20, "every request of the test, reads included");
        after.Requests.TopErrorCodes.ShouldContain(e => e.Code == ErrorCodes.ValidationFailed);
    }

    [Theory]
    [InlineData("1h", 300, 12)]
    [InlineData("24h", 3600, 24)]
    [InlineData("7d", 21600, 28)]
    [InlineData("30d", 86400, 30)]
    [InlineData(null, 3600, 24)]
    public async Task Each_period_has_its_window_and_buckets(string? period, int bucketSeconds, int points)
    {
        var admin = await host.CreateAdminClientAsync();

        var stats = await (await admin.GetAsync("/api/admin/stats" + (period is null ? "" : $"?period={period}"))).ShouldBeJsonAsync<AdminStatsDto>();

        stats.Period.ShouldBe(period ?? "24h");
        stats.BucketSeconds.ShouldBe(bucketSeconds);
        (stats.To - stats.From).ShouldBe(TimeSpan.FromSeconds(bucketSeconds * points));
        stats.Series.ShouldAllBe(s => s.Points.Count == points);
        stats.Counters.Select(c => c.Name).ShouldBe(["bookings.cancelled", "bookings.confirmed", "bookings.created", "listings.active", "users.new"]);
        stats.Amounts.Select(a => a.Name).ShouldBe(["bookings.gross_value", "payments.platform_fees"]);
    }

    [Theory]
    [InlineData("2h")]
    [InlineData("1H")]
    [InlineData("")]
    [InlineData("30d%00")]
    public async Task An_unknown_period_is_400(string period)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/admin/stats?period={period}");

        if (period.Length == 0)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, "an empty period is the default");
            return;
        }

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["period"]);
    }

    [Fact]
    public async Task Anonymous_is_401_and_a_guest_and_a_host_are_403()
    {
        var guest = await host.CreateUserAsync();
        var hostUser = await host.BecomeHostAsync(await host.CreateUserAsync());

        await (await host.CreateClient().GetAsync("/api/admin/stats")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await (await guest.Client.GetAsync("/api/admin/stats")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await (await hostUser.Client.GetAsync("/api/admin/stats")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    private static async Task<AdminStatsDto> StatsAsync(HttpClient admin, string period) =>
        await (await admin.GetAsync($"/api/admin/stats?period={period}")).ShouldBeJsonAsync<AdminStatsDto>();

    private static long Delta(AdminStatsDto before, AdminStatsDto after, string name) =>
        after.Counters.Single(c => c.Name == name).Value - before.Counters.Single(c => c.Name == name).Value;

    private static long AmountDelta(AdminStatsDto before, AdminStatsDto after, string name, string currency)
    {
        static long Of(AdminStatsDto stats, string name, string currency) =>
            stats.Amounts.Single(a => a.Name == name).Amounts.SingleOrDefault(m => m.Currency == currency)?.Amount ?? 0;
        return Of(after, name, currency) - Of(before, name, currency);
    }

    /// <summary>The same window's minute rows read raw and summed up here: count, errors and codes.</summary>
    private async Task RequestsMatchTheMinuteRowsAsync(AdminStatsDto stats)
    {
        var from = stats.From.AddTicks(-(stats.From.Ticks % TimeSpan.TicksPerMinute));
        var requests = await host.ScalarAsync<long>(
            "select coalesce(sum(requests), 0)::bigint from request_stats.request_minutes where minute >= @from and minute < @to", ("from", from), ("to", stats.To));
        var errors = await host.ScalarAsync<long>(
            "select coalesce(sum(client_errors + server_errors), 0)::bigint from request_stats.request_minutes where minute >= @from and minute < @to", ("from", from), ("to", stats.To));
        var validationFailures = await host.ScalarAsync<long>(
            "select coalesce(sum(count), 0)::bigint from request_stats.request_minute_error_codes where minute >= @from and minute < @to and code = @code",
            ("from", from), ("to", stats.To), ("code", ErrorCodes.ValidationFailed));

        stats.Requests.Count.ShouldBe(requests);
        stats.Requests.Errors.ShouldBe(errors);
        stats.Requests.ErrorRate.ShouldBe((double)errors / requests, 1e-9);
        stats.Requests.TopErrorCodes.Single(e => e.Code == ErrorCodes.ValidationFailed).Count.ShouldBe(validationFailures);
        stats.Requests.P50Ms.ShouldNotBeNull();
        stats.Requests.P95Ms!.Value.ShouldBeGreaterThanOrEqualTo(stats.Requests.P50Ms!.Value);
    }
}
