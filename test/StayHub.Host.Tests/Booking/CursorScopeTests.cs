using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Booking;

/// <summary>A list's cursor pages through the query it came from; under other filters it is refused, not reinterpreted.</summary>
[Collection(BookingCollection.Name)]
public sealed class CursorScopeTests(BookingFixture host)
{
    [Fact]
    public async Task A_cursor_sent_with_other_filters_is_400_and_with_the_same_filters_pages_on()
    {
        var hostUser = await host.CreateUserAsync();
        var listing = host.Listings.Add(hostUser.Id, maxGuests: 2);
        var guest = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        for (var i = 0; i < 3; i++)
        {
            (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn.AddDays(i * 3), checkIn.AddDays((i * 3) + 2), 1, null)))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var admin = await host.CreateAdminClientAsync();
        var first = await (await admin.GetAsync($"/api/admin/bookings?listingId={listing}&pageSize=1")).ShouldBeJsonAsync<CursorPage<BookingDto>>();
        var cursor = Uri.EscapeDataString(first.NextCursor.ShouldNotBeNull());

        var foreign = await (await admin.GetAsync($"/api/admin/bookings?listingId={listing}&status=cancelled&pageSize=1&cursor={cursor}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        foreign.Errors.Keys.ShouldBe(["cursor"]);
        var mine = await (await guest.Client.GetAsync($"/api/bookings?cursor={cursor}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        mine.Errors.Keys.ShouldBe(["cursor"]);

        var second = await (await admin.GetAsync($"/api/admin/bookings?listingId={listing}&pageSize=2&cursor={cursor}")).ShouldBeJsonAsync<CursorPage<BookingDto>>();
        second.Items.Count.ShouldBe(2, "the page size may change between pages; the filters may not");
        second.Items.ShouldNotContain(b => b.Id == first.Items[0].Id);
    }
}
