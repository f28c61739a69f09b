using System.Net;
using System.Net.Http.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;
using Xunit.Abstractions;

namespace StayHub.Host.Tests.Payments;

/// <summary>
/// Many random sequences of payments, declines, approvals, cancellations by each party, admin refunds before and
/// after payout, and payout releases, over several currencies (0, 2 and 3 minor digits): afterwards, per currency,
/// charges = payouts + fees + refunds to the minor unit, escrow is empty, and every ledger transaction balances.
/// </summary>
[Collection(SandboxPaymentsCollection.Name)]
public sealed class LedgerInvariantTests(PaymentsFixture host, ITestOutputHelper output)
{
    private static readonly string[] CurrencyCodes = ["USD", "JPY", "KWD", "EUR"];
    private static readonly string[] Policies = [CancellationPolicies.Flexible, CancellationPolicies.Moderate, CancellationPolicies.Strict];

    [Theory]
    [InlineData(20261125)]
    [InlineData(424242)]
    public async Task Charges_equal_payouts_plus_fees_plus_refunds_per_currency_for_random_scenarios(int seed)
    {
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var guest = await host.CreateUserAsync();
        var hosts = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            hosts.Add(await host.BecomeHostAsync(await host.CreateUserAsync()));
        }

        var admin = await host.CreateAdminClientAsync();
        var paidPayments = new List<Guid>();
        var bookingIds = new List<Guid>();
        for (var i = 0; i < 16; i++)
        {
            var owner = hosts[random.Next(hosts.Count)];
            var currency = CurrencyCodes[random.Next(CurrencyCodes.Length)];
            var instantBook = random.Next(3) > 0;
            // Some stays start within days, so guest cancellations land on every side of each policy's deadline.
            var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(random.Next(4) == 0 ? random.Next(1, 9) : 60 + random.Next(600));
            // Prices in whole steps of the currency (KWD: 10 fils), as listing validation requires.
            var step = Currencies.AmountStep(currency);
            var listing = host.Listings.Add(owner.Id, instantBook: instantBook, policy: Policies[random.Next(Policies.Length)], currency: currency,
                nightly: random.Next(1, 500_000 / step) * step, cleaning: random.Next(0, 20_000 / step) * step);
            var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(random.Next(1, 6)), 1, null)))
                .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
            bookingIds.Add(booking.Id);

            var method = random.Next(10) switch
            {
                < 6 => "pm_card_visa",
                < 8 => "pm_card_chargeDeclined",
                _ => "pm_card_authenticationRequired",
            };
            var payment = await PaymentsFixture.PayAsync(guest, booking.Id, method);
            if (payment.Status == PaymentStatuses.Failed && random.Next(2) == 0)
            {
                payment = await PaymentsFixture.PayAsync(guest, booking.Id, "pm_card_amex");
            }

            if (payment.Status == PaymentStatuses.Succeeded)
            {
                paidPayments.Add(payment.Id);
            }

            await host.DrainOutboxAsync();
            if (!instantBook && random.Next(4) > 0)
            {
                var answer = random.Next(3) == 0 ? "decline" : "approve";
                (await owner.Client.PostAsync($"/api/bookings/{booking.Id}/{answer}", null)).EnsureSuccessStatusCode();
            }

            await host.DrainOutboxAsync(); // a decline's refund lands before the admin looks
            var current = await PaymentsFixture.GetPaymentAsync(guest, payment.Id);
            var refundable = current.Amount.Amount - current.Refunded.Amount;
            if (current.Status is PaymentStatuses.Succeeded or PaymentStatuses.PartiallyRefunded && refundable > 0 && random.Next(4) == 0)
            {
                using var refund = await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(random.NextInt64(1, (refundable / step) + 1) * step, "goodwill"));
                refund.StatusCode.ShouldBe(HttpStatusCode.OK, await refund.Content.ReadAsStringAsync());
            }

            var cancelBy = random.Next(5) switch
            {
                0 => guest.Client,
                1 => owner.Client,
                2 => admin,
                _ => null,
            };
            if (cancelBy is not null)
            {
                var path = cancelBy == admin ? $"/api/admin/bookings/{booking.Id}/cancel" : $"/api/bookings/{booking.Id}/cancel";
                using var cancelled = await cancelBy.PostJsonAsync(path, new CancelBookingRequest("random scenario"));
                cancelled.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict); // declined ones are already cancelled
            }

            await host.DrainOutboxAsync();
        }

        // Requests nobody answered and unpaid bookings expire (and paid ones are refunded in full).
        await host.RunMaintenanceAsync(DateTimeOffset.UtcNow.AddYears(3));
        await host.DrainOutboxAsync();

        foreach (var owner in hosts)
        {
            (await owner.Client.PutAsJsonAsync("/api/host/payout-account", new PayoutAccountRequest($"acct_{owner.Id:N}"), ApiAssertions.JsonOptions)).EnsureSuccessStatusCode();
        }

        await host.ReleasePayoutsAsync(DateTimeOffset.UtcNow.AddYears(3));

        // Refunds after the host was paid come out of the platform's fees.
        foreach (var paymentId in paidPayments.Where(_ => random.Next(4) == 0))
        {
            using var late = await admin.PostJsonAsync($"/api/admin/payments/{paymentId}/refund", new AdminRefundRequest(10, "late goodwill")); // a whole step in every currency
            late.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict); // fully refunded ones have nothing left
        }

        await host.DrainOutboxAsync();
        await AssertLedgerAsync(bookingIds);
    }

    private async Task AssertLedgerAsync(IReadOnlyCollection<Guid> bookingIds)
    {
        var ids = bookingIds.ToArray();
        foreach (var currency in CurrencyCodes)
        {
            async Task<long> SumAsync(string sql) =>
                await host.ScalarAsync<long>($"SELECT coalesce(sum(amount), 0)::bigint FROM payments.ledger_entries WHERE currency = @c AND booking_id = ANY(@ids) AND {sql}", ("c", currency), ("ids", ids));

            var charges = await SumAsync("kind = 'charge' AND account = 'escrow'");
            var refunds = await SumAsync("kind = 'refund' AND account = 'guests'");
            var payouts = await SumAsync("account = 'host_payouts'");
            var fees = await SumAsync("account = 'platform'");
            var escrow = await SumAsync("account = 'escrow'");
            output.WriteLine($"{currency}: charges {charges} = payouts {payouts} + fees {fees} + refunds {refunds}; escrow {escrow}");

            charges.ShouldBe(payouts + fees + refunds, currency);
            escrow.ShouldBe(0, currency);
            var captured = await host.ScalarAsync<long>(
                "SELECT coalesce(sum(amount), 0)::bigint FROM payments.payments WHERE currency = @c AND booking_id = ANY(@ids) AND status IN ('succeeded', 'partially_refunded', 'refunded')",
                ("c", currency), ("ids", ids));
            charges.ShouldBe(captured, currency);
            var refunded = await host.ScalarAsync<long>(
                "SELECT coalesce(sum(refunded), 0)::bigint FROM payments.payments WHERE currency = @c AND booking_id = ANY(@ids)", ("c", currency), ("ids", ids));
            refunds.ShouldBe(refunded, currency);
        }

        (await host.ScalarAsync<long>("""
            SELECT count(*) FROM (
                SELECT transaction_id FROM payments.ledger_entries GROUP BY transaction_id, currency HAVING sum(amount) <> 0) t
            """)).ShouldBe(0);
        (await host.ScalarAsync<long>("""
            SELECT count(*) FROM (
                SELECT payment_id FROM payments.ledger_entries WHERE account = 'escrow' AND booking_id = ANY(@ids)
                GROUP BY payment_id HAVING sum(amount) <> 0) t
            """, ("ids", ids))).ShouldBe(0);
    }
}
