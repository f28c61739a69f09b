using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Booking;

[Collection(BookingCollection.Name)]
public sealed class DoubleBookingTests(BookingFixture host)
{
    [Fact]
    public async Task Fifty_concurrent_conflicting_requests_make_exactly_one_booking_and_49_conflicts()
    {
        var guests = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.CreateUserAsync()));
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid());

        // Different but overlapping ranges: every one holds the night of checkIn + 2.
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            guests[i % guests.Length].Client.PostJsonAsync("/api/bookings",
                new CreateBookingRequest(listing, checkIn.AddDays(i % 3), checkIn.AddDays(3 + (i % 2)), 1, null))));
        try
        {
            responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
            foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id", ("id", listing))).ShouldBe(1L);
    }

    [Fact]
    public async Task A_host_block_and_a_booking_racing_for_a_night_never_both_win()
    {
        var guest = await host.CreateUserAsync();
        for (var round = 0; round < 10; round++)
        {
            var checkIn = BookingFixture.FutureDay();
            var hostId = Guid.NewGuid();
            var listing = host.Listings.Add(hostId);

            var book = guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null));
            var block = host.WithBookingModuleAsync(async module =>
            {
                try
                {
                    await module.ApplyBlocksAsync(listing, hostId, [new NightRange(checkIn.AddDays(1), checkIn.AddDays(4))], [], CancellationToken.None);
                    return true;
                }
                catch (ConflictException ex) when (ex.Code == BookingErrorCodes.DatesUnavailable)
                {
                    return false;
                }
            });
            using var booked = await book;
            var blocked = await block;

            (booked.StatusCode == HttpStatusCode.Created).ShouldNotBe(blocked, $"round {round}: exactly one must win");
            if (!blocked)
            {
                booked.StatusCode.ShouldBe(HttpStatusCode.Created);
            }
            else
            {
                await booked.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);
            }
        }
    }

    [Fact]
    public async Task Host_blocked_dates_are_refused_and_blocks_merge_and_split()
    {
        var guest = await host.CreateUserAsync();
        var hostId = Guid.NewGuid();
        var day = BookingFixture.FutureDay();
        var listing = host.Listings.Add(hostId);

        await host.WithBookingModuleAsync(async m =>
        {
            await m.ApplyBlocksAsync(listing, hostId, [new NightRange(day, day.AddDays(2))], [], CancellationToken.None);
            await m.ApplyBlocksAsync(listing, hostId, [new NightRange(day.AddDays(2), day.AddDays(4))], [], CancellationToken.None);
            await m.ApplyBlocksAsync(listing, hostId, [new NightRange(day.AddDays(1), day.AddDays(5))], [], CancellationToken.None);
            return true;
        });
        var merged = await host.WithBookingModuleAsync(m => m.GetUnavailableAsync(listing, day.AddDays(-10), day.AddDays(10), CancellationToken.None));
        merged.ShouldBe([new StayRange(day, day.AddDays(5), "block")]);

        using var refused = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, day.AddDays(4), day.AddDays(6), 1, null));
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);

        await host.WithBookingModuleAsync(async m =>
        {
            await m.ApplyBlocksAsync(listing, Guid.Empty, [], [new NightRange(day.AddDays(2), day.AddDays(3))], CancellationToken.None);
            return true;
        });
        var split = await host.WithBookingModuleAsync(m => m.GetUnavailableAsync(listing, day.AddDays(-10), day.AddDays(10), CancellationToken.None));
        split.ShouldBe([new StayRange(day, day.AddDays(2), "block"), new StayRange(day.AddDays(3), day.AddDays(5), "block")]);

        using var inTheGap = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, day.AddDays(2), day.AddDays(3), 1, null));
        inTheGap.StatusCode.ShouldBe(HttpStatusCode.Created);

        // A booking holds that night now: blocking over it is a 409, and unblocking leaves the booking alone.
        var error = await Should.ThrowAsync<ConflictException>(() => host.WithBookingModuleAsync(async m =>
        {
            await m.ApplyBlocksAsync(listing, hostId, [new NightRange(day, day.AddDays(5))], [], CancellationToken.None);
            return true;
        }));
        error.Code.ShouldBe(BookingErrorCodes.DatesUnavailable);
        await host.WithBookingModuleAsync(async m =>
        {
            await m.ApplyBlocksAsync(listing, Guid.Empty, [], [new NightRange(day.AddDays(-10), day.AddDays(10))], CancellationToken.None);
            return true;
        });
        var left = await host.WithBookingModuleAsync(m => m.GetUnavailableAsync(listing, day.AddDays(-10), day.AddDays(10), CancellationToken.None));
        left.ShouldBe([new StayRange(day.AddDays(2), day.AddDays(3), "booking")]);
    }
}
