using System.Net;
using System.Net.Http.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Http.Idempotency;
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
}
