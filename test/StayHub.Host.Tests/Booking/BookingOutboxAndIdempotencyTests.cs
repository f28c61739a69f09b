using System.Net;
using System.Net.Http.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Idempotency;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Booking;

[Collection(BookingCollection.Name)]
public sealed class BookingOutboxAndIdempotencyTests(BookingFixture host)
{
    private Task<long> OutboxCountAsync(string name, Guid bookingId) => host.ScalarAsync<long>(
        "select count(*) from booking.outbox_messages where name = @name and (payload->>'bookingId' = @id or payload->>'stayId' = @id)",
        ("name", name), ("id", bookingId.ToString()));

    [Fact]
    public async Task Booking_and_cancelling_write_their_events_to_the_outbox()
    {
        var guest = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid());
        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);

        (await OutboxCountAsync("booking.requested.v1", booking.Id)).ShouldBe(1L);
        (await OutboxCountAsync("booking.stay_reserved.v1", booking.Id)).ShouldBe(1L);

        (await guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/cancel", new CancelBookingRequest(null))).Dispose();
        (await OutboxCountAsync("booking.cancelled.v1", booking.Id)).ShouldBe(1L);
        (await OutboxCountAsync("booking.stay_released.v1", booking.Id)).ShouldBe(1L);
    }

    [Fact]
    public async Task A_refused_booking_leaves_no_event_behind()
    {
        var guest = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid());
        (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null))).Dispose();
        var before = await host.ScalarAsync<long>("select count(*) from booking.outbox_messages where payload->>'listingId' = @id", ("id", listing.ToString()));

        using var refused = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await host.ScalarAsync<long>("select count(*) from booking.outbox_messages where payload->>'listingId' = @id", ("id", listing.ToString()))).ShouldBe(before);
    }

    [Fact]
    public async Task Same_idempotency_key_and_body_replays_the_first_booking_and_another_body_is_422()
    {
        var guest = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid());
        var key = Guid.NewGuid().ToString();
        var body = new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null);

        HttpRequestMessage Post(CreateBookingRequest request)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(request) };
            message.Headers.Add(IdempotencyEndpointExtensions.KeyHeader, key);
            return message;
        }

        var first = await (await guest.Client.SendAsync(Post(body))).ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        using var replay = await guest.Client.SendAsync(Post(body));
        var replayed = await replay.ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        replayed.Id.ShouldBe(first.Id);
        replay.Headers.GetValues(IdempotencyEndpointExtensions.ReplayedHeader).ShouldContain("true");

        using var mismatch = await guest.Client.SendAsync(Post(body with { Guests = 2 }));
        await mismatch.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdempotencyErrorCodes.KeyReused);
        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id", ("id", listing))).ShouldBe(1L);
    }

    [Fact]
    public async Task A_booking_committed_before_its_answer_was_stored_is_answered_to_the_retry_and_never_created_twice()
    {
        var guest = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid());
        var key = Guid.NewGuid().ToString();
        var body = new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null);

        HttpRequestMessage Post()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(body) };
            message.Headers.Add(IdempotencyEndpointExtensions.KeyHeader, key);
            return message;
        }

        // The fault, in PostgreSQL itself: storing this key's answer fails after the booking committed, which is what a
        // node killed between the two leaves behind (the key's row names the booking but holds no answer).
        var fault = "fail_answer_" + key.Replace("-", string.Empty, StringComparison.Ordinal);
        await host.ScalarAsync<object>($"""
            CREATE FUNCTION idempotency.{fault}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected: answer not stored'; END $$;
            CREATE TRIGGER {fault} BEFORE UPDATE ON idempotency.idempotency_records FOR EACH ROW
                WHEN (NEW.status_code IS NOT NULL AND right(NEW.key, 36) = '{key}') EXECUTE FUNCTION idempotency.{fault}();
            """);
        try
        {
            try
            {
                using var lost = await guest.Client.SendAsync(Post());
                (await lost.Content.ReadAsStringAsync()).ShouldNotBeNull();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
            {
                // The answer may die with the request; what matters is what the retry learns.
            }
        }
        finally
        {
            await host.ScalarAsync<object>($"DROP TRIGGER {fault} ON idempotency.idempotency_records; DROP FUNCTION idempotency.{fault}();");
        }

        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id", ("id", listing))).ShouldBe(1L);
        var committed = await host.ScalarAsync<Guid>("select id from booking.stays where listing_id = @id", ("id", listing));
        (await host.ScalarAsync<string>("select resource from idempotency.idempotency_records where right(key, 36) = @key and status_code is null", ("key", key)))
            .ShouldBe(committed.ToString());

        using var retry = await guest.Client.SendAsync(Post());
        var answered = await retry.ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        answered.Id.ShouldBe(committed);
        retry.Headers.Location!.ToString().ShouldEndWith(committed.ToString());
        retry.Headers.GetValues(IdempotencyEndpointExtensions.ReplayedHeader).ShouldContain("true");

        using var again = await guest.Client.SendAsync(Post());
        (await again.Content.ReadAsStringAsync()).ShouldBe(await retry.Content.ReadAsStringAsync());
        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id", ("id", listing))).ShouldBe(1L);
        (await OutboxCountAsync("booking.requested.v1", committed)).ShouldBe(1L);
    }
}
