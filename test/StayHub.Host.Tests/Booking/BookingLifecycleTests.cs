using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Booking;

[Collection(BookingCollection.Name)]
public sealed class BookingLifecycleTests(BookingFixture host)
{
    private async Task<(TestUser Host, TestUser Guest, BookingDto Booking)> BookAsync(bool instantBook, string policy = CancellationPolicies.Flexible, int nightsFromNow = 0)
    {
        var hostUser = await host.CreateUserAsync();
        var guest = await host.CreateUserAsync();
        var checkIn = nightsFromNow > 0 ? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(nightsFromNow) : BookingFixture.FutureDay();
        var listing = host.Listings.Add(hostUser.Id, instantBook: instantBook, policy: policy);
        var booking = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        return (hostUser, guest, booking);
    }

    [Fact]
    public async Task Request_to_book_approve_then_payment_confirms_then_the_job_completes_after_check_out()
    {
        var (hostUser, guest, booking) = await BookAsync(instantBook: false);

        await (await guest.Client.PostAsync($"/api/bookings/{booking.Id}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var approved = await (await hostUser.Client.PostAsync($"/api/bookings/{booking.Id}/approve", null)).ShouldBeJsonAsync<BookingDto>();
        approved.Status.ShouldBe(BookingStatuses.Pending);
        approved.Approved.ShouldBeTrue();
        await (await hostUser.Client.PostAsync($"/api/bookings/{booking.Id}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.InvalidTransition);

        (await host.RecordPaymentAsync(booking.Id)).Status.ShouldBe(BookingStatuses.Confirmed);
        await (await hostUser.Client.PostAsync($"/api/bookings/{booking.Id}/decline", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.InvalidTransition);

        // Before check-out time nothing happens; after it the stay completes.
        var checkOutAt = new DateTimeOffset(booking.CheckOut.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc));
        await host.RunMaintenanceAsync(checkOutAt.AddTicks(-1), complete: true);
        (await (await guest.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>()).Status.ShouldBe(BookingStatuses.Confirmed);
        await host.RunMaintenanceAsync(checkOutAt, complete: true);
        (await (await guest.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>()).Status.ShouldBe(BookingStatuses.Completed);

        await (await guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/cancel", new CancelBookingRequest("too late"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.InvalidTransition);
    }

    [Fact]
    public async Task Decline_frees_the_dates()
    {
        var (hostUser, guest, booking) = await BookAsync(instantBook: false);

        var declined = await (await hostUser.Client.PostAsync($"/api/bookings/{booking.Id}/decline", null)).ShouldBeJsonAsync<BookingDto>();

        declined.Status.ShouldBe(BookingStatuses.Cancelled);
        declined.CancelledBy.ShouldBe(CancelledBy.Host);
        using var again = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(booking.ListingId, booking.CheckIn, booking.CheckOut, 1, null));
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Guest_cancel_of_a_paid_flexible_booking_far_ahead_refunds_in_full_and_host_cancel_always_does()
    {
        var (_, guest, booking) = await BookAsync(instantBook: true, CancellationPolicies.Strict);
        await host.RecordPaymentAsync(booking.Id);
        var cancelled = await (await guest.Client.PostJsonAsync($"/api/bookings/{booking.Id}/cancel", new CancelBookingRequest("plans changed"))).ShouldBeJsonAsync<BookingDto>();
        cancelled.Status.ShouldBe(BookingStatuses.Cancelled);
        cancelled.CancelledBy.ShouldBe(CancelledBy.Guest);
        cancelled.CancellationReason.ShouldBe("plans changed");
        cancelled.Refund.ShouldBe(new Money(10_000 + 5_000, "USD")); // strict, > 7 days ahead: half the nights + cleaning

        var (hostUser, _, second) = await BookAsync(instantBook: true, CancellationPolicies.Strict, nightsFromNow: 1);
        await host.RecordPaymentAsync(second.Id);
        var byHost = await (await hostUser.Client.PostJsonAsync($"/api/bookings/{second.Id}/cancel", new CancelBookingRequest(null))).ShouldBeJsonAsync<BookingDto>();
        byHost.CancelledBy.ShouldBe(CancelledBy.Host);
        byHost.Refund.ShouldBe(second.Price.Total);
    }

    [Fact]
    public async Task Unpaid_pending_bookings_expire_and_free_their_dates()
    {
        var (_, guest, booking) = await BookAsync(instantBook: true);

        await host.RunMaintenanceAsync(booking.ExpiresAt!.Value.AddMilliseconds(-1));
        (await (await guest.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>()).Status.ShouldBe(BookingStatuses.Pending);
        using (var blocked = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(booking.ListingId, booking.CheckIn, booking.CheckOut, 1, null)))
        {
            await blocked.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);
        }

        (await host.RunMaintenanceAsync(booking.ExpiresAt!.Value)).ShouldBeGreaterThanOrEqualTo(1);

        var expired = await (await guest.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>();
        expired.Status.ShouldBe(BookingStatuses.Cancelled);
        expired.CancelledBy.ShouldBe(CancelledBy.System);
        expired.Refund.ShouldBe(new Money(0, "USD"));
        using var rebooked = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(booking.ListingId, booking.CheckIn, booking.CheckOut, 1, null));
        rebooked.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Lists_by_role_and_status_page_with_a_cursor_and_admin_sees_and_cancels_everything()
    {
        var (hostUser, guest, first) = await BookAsync(instantBook: true);
        var second = await (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(first.ListingId, first.CheckOut, first.CheckOut.AddDays(1), 1, null)))
            .ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);

        var page1 = await (await guest.Client.GetAsync("/api/bookings?pageSize=1")).ShouldBeJsonAsync<CursorPage<BookingDto>>();
        page1.Items.Select(b => b.Id).ShouldBe([second.Id]);
        var page2 = await (await guest.Client.GetAsync($"/api/bookings?pageSize=1&cursor={page1.NextCursor}")).ShouldBeJsonAsync<CursorPage<BookingDto>>();
        page2.Items.Select(b => b.Id).ShouldBe([first.Id]);
        page2.NextCursor.ShouldBeNull();
        (await (await hostUser.Client.GetAsync("/api/bookings?as=host&status=pending")).ShouldBeJsonAsync<CursorPage<BookingDto>>()).Items.Count.ShouldBe(2);
        (await (await hostUser.Client.GetAsync("/api/bookings?as=guest")).ShouldBeJsonAsync<CursorPage<BookingDto>>()).Items.ShouldBeEmpty();
        await (await guest.Client.GetAsync("/api/bookings?as=owner")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        await (await guest.Client.GetAsync("/api/admin/bookings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        var admin = await host.CreateAdminClientAsync();
        var all = await (await admin.GetAsync($"/api/admin/bookings?userId={guest.Id}")).ShouldBeJsonAsync<CursorPage<BookingDto>>();
        all.TotalCount.ShouldBe(2L);
        var cancelled = await (await admin.PostJsonAsync($"/api/admin/bookings/{first.Id}/cancel", new CancelBookingRequest("fraud check"))).ShouldBeJsonAsync<BookingDto>();
        cancelled.CancelledBy.ShouldBe(CancelledBy.Admin);
        (await (await guest.Client.GetAsync("/api/bookings?status=cancelled")).ShouldBeJsonAsync<CursorPage<BookingDto>>()).Items.Select(b => b.Id).ShouldBe([first.Id]);
    }
}
