using System.Globalization;
using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Auditing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class CalendarTests(HostFixture host)
{
    private static readonly DateOnly Start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Range(Guid id, DateOnly from, DateOnly to) => $"/api/listings/{id}/calendar?from={D(from)}&to={D(to)}";

    [Fact]
    public async Task A_new_listing_is_free_at_its_base_price_and_past_days_are_unavailable()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var calendar = await (await host.CreateClient().GetAsync(Range(listing.Id, today.AddDays(-2), today.AddDays(5)))).ShouldBeJsonAsync<CalendarDto>();

        calendar.Days.Count.ShouldBe(7);
        calendar.Days[0].Date.ShouldBe(today.AddDays(-2));
        calendar.Days.Take(2).ShouldAllBe(d => !d.Available);
        calendar.Days.Skip(3).ShouldAllBe(d => d.Available && d.Price == new Money(12_500, "EUR"));
    }

    [Fact]
    public async Task Price_overrides_apply_per_night_and_null_goes_back_to_the_base_price()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/calendar";

        using (var set = await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start, Start.AddDays(3), new Money(20_000, "EUR"))])))
        {
            set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using (var reset = await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start.AddDays(1), Start.AddDays(2), null)])))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var calendar = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(4)))).ShouldBeJsonAsync<CalendarDto>();
        calendar.Days.Select(d => d.Price.Amount).ShouldBe([20_000L, 12_500L, 20_000L, 12_500L]);
        (await host.ScalarAsync<long>("select count(*) from listings.calendar_prices where listing_id = @id", ("id", listing.Id))).ShouldBe(2L);
    }

    [Fact]
    public async Task An_override_set_in_euros_no_longer_applies_once_the_listing_prices_in_yen()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/calendar";
        (await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start, Start.AddDays(1), new Money(5_000, "EUR"))]))).Dispose();

        var inYen = ListingsTestApi.ValidRequest(currency: "JPY", price: 15_000) with { CleaningFee = new Money(3_000, "JPY") };
        (await owner.Client.PutJsonAsync($"/api/listings/{listing.Id}", inYen)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var calendar = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(2)))).ShouldBeJsonAsync<CalendarDto>();
        calendar.Days.Select(d => d.Price).ShouldBe([new Money(15_000, "JPY"), new Money(15_000, "JPY")], "€50 must not become ¥5000");
        var quote = await (await host.CreateClient().PostJsonAsync("/api/bookings/quote", new QuoteRequest(listing.Id, Start, Start.AddDays(1), 1))).ShouldBeJsonAsync<QuoteDto>();
        quote.Total.Currency.ShouldBe("JPY");
        quote.Total.Amount.ShouldBeGreaterThanOrEqualTo(15_000 + 3_000);
    }

    [Fact]
    public async Task Calendar_input_is_validated()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/calendar";

        var tooLong = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(367)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        tooLong.Errors.Keys.ShouldBe(["to"]);
        var missing = await (await host.CreateClient().GetAsync($"/api/listings/{listing.Id}/calendar")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        missing.Errors.Keys.ShouldBe(["from", "to"], ignoreOrder: true);

        var reversed = await (await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest([new DateRangeDto(Start.AddDays(2), Start)], null, null)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        reversed.Errors.Keys.ShouldBe(["blocks[0].to"]);
        var currency = await (await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start, Start.AddDays(1), new Money(100, "USD"))])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        currency.Errors.Keys.ShouldBe(["prices[0].price.currency"]);
        var amount = await (await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start, Start.AddDays(1), new Money(0, "EUR"))])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        amount.Errors.Keys.ShouldBe(["prices[0].price.amount"]);

        // A KWD listing takes whole steps of 10 fils (last digit 0), in the calendar as in its base price.
        var kwd = await owner.CreateListingAsync(ListingsTestApi.ValidRequest(currency: "KWD", price: 45_500) with { CleaningFee = new Money(2_250, "KWD") });
        var kwdUrl = $"/api/listings/{kwd.Id}/calendar";
        var odd = await (await owner.Client.PutJsonAsync(kwdUrl, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start, Start.AddDays(1), new Money(45_505, "KWD"))])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        odd.Errors.Keys.ShouldBe(["prices[0].price.amount"]);
        (await owner.Client.PutJsonAsync(kwdUrl, new CalendarUpdateRequest(null, null, [new PriceRangeDto(Start, Start.AddDays(1), new Money(45_510, "KWD"))])))
            .IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task Unpublished_calendars_are_hidden_and_others_cannot_change_them()
    {
        var owner = await host.CreateHostAsync();
        var other = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        (await owner.Client.PostAsync($"/api/listings/{listing.Id}/unpublish", null)).EnsureSuccessStatusCode();

        await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(2)))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await owner.Client.GetAsync(Range(listing.Id, Start, Start.AddDays(2)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await other.Client.PutJsonAsync($"/api/listings/{listing.Id}/calendar", new CalendarUpdateRequest(null, null, [])))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Blocked_nights_show_as_unavailable_until_unblocked()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/calendar";

        using (var block = await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest([new DateRangeDto(Start.AddDays(1), Start.AddDays(3))], null, null)))
        {
            block.StatusCode.ShouldBe(HttpStatusCode.NoContent, await block.Content.ReadAsStringAsync());
        }

        var blocked = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(4)))).ShouldBeJsonAsync<CalendarDto>();
        blocked.Days.Select(d => d.Available).ShouldBe([true, false, false, true]);
        // Booking announces the block (StayReserved); search's projection picks it up through the outbox.
        (await ProjectedRowsAsync(listing.Id, expected: 1)).ShouldBe(1L);

        using (var unblock = await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(null, [new DateRangeDto(Start, Start.AddDays(4))], null)))
        {
            unblock.StatusCode.ShouldBe(HttpStatusCode.NoContent, await unblock.Content.ReadAsStringAsync());
        }

        var free = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(4)))).ShouldBeJsonAsync<CalendarDto>();
        free.Days.ShouldAllBe(d => d.Available);
        (await ProjectedRowsAsync(listing.Id, expected: 0)).ShouldBe(0L);
    }

    [Fact]
    public async Task A_put_whose_second_block_hits_a_booked_night_is_refused_and_changes_nothing()
    {
        var owner = await host.CreateHostAsync();
        var guest = await host.CreateUserAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/calendar";
        using (var booked = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing.Id, Start.AddDays(10), Start.AddDays(12), 2, null)))
        {
            booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        }

        var before = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(14)))).ShouldBeJsonAsync<CalendarDto>();

        // First block free, second one overlapping the booking's second night; an unblock and prices ride along.
        using var response = await owner.Client.PutJsonAsync(url, new CalendarUpdateRequest(
            [new DateRangeDto(Start, Start.AddDays(2)), new DateRangeDto(Start.AddDays(11), Start.AddDays(13))],
            [new DateRangeDto(Start.AddDays(5), Start.AddDays(6))],
            [new PriceRangeDto(Start, Start.AddDays(4), new Money(20_000, "EUR"))]));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);
        var after = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(14)))).ShouldBeJsonAsync<CalendarDto>();
        after.Days.ShouldBe(before.Days);
        after.Days.Take(2).ShouldAllBe(d => d.Available && d.Price == new Money(12_500, "EUR"));
        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id and kind = 'block'", ("id", listing.Id))).ShouldBe(0L);
        (await host.ScalarAsync<long>("select count(*) from listings.calendar_prices where listing_id = @id", ("id", listing.Id))).ShouldBe(0L);
        // Saved inside the transactions that rolled back, so not changes: the audit row of the refused PUT lists none.
        var audit = (await AuditRows.WaitAsync(host, 1, "path = @path and http_method = 'PUT'", ("path", url))).ShouldHaveSingleItem();
        audit.GetProperty("status_code").GetInt32().ShouldBe(409);
        AuditRows.Changes(audit).ShouldBeEmpty();
    }

    [Fact]
    public async Task Blocks_of_one_put_see_each_other_and_merge()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();

        using (var response = await owner.Client.PutJsonAsync($"/api/listings/{listing.Id}/calendar", new CalendarUpdateRequest(
            [new DateRangeDto(Start, Start.AddDays(2)), new DateRangeDto(Start.AddDays(2), Start.AddDays(4))],
            null,
            [new PriceRangeDto(Start.AddDays(4), Start.AddDays(5), new Money(15_000, "EUR"))])))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        }

        var calendar = await (await host.CreateClient().GetAsync(Range(listing.Id, Start, Start.AddDays(5)))).ShouldBeJsonAsync<CalendarDto>();
        calendar.Days.Select(d => d.Available).ShouldBe([false, false, false, false, true]);
        // Committed: the PUT's audit row lists the block and the price written inside its transactions.
        var audit = (await AuditRows.WaitAsync(host, 1, "path = @path and http_method = 'PUT'", ("path", $"/api/listings/{listing.Id}/calendar"))).ShouldHaveSingleItem();
        AuditRows.Changes(audit).Select(c => c.GetProperty("EntityType").GetString()).ShouldContain("Stay");
        calendar.Days[4].Price.ShouldBe(new Money(15_000, "EUR"));
        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id and kind = 'block'", ("id", listing.Id))).ShouldBe(1L);
    }

    /// <summary>Polls the unavailability projection: it is eventually consistent with booking.</summary>
    private async Task<long> ProjectedRowsAsync(Guid listingId, long expected)
    {
        long rows = -1;
        for (var attempt = 0; attempt < 100 && rows != expected; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }

            rows = await host.ScalarAsync<long>("select count(*) from listings.unavailability where listing_id = @id", ("id", listingId));
        }

        return rows;
    }
}
