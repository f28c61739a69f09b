using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary><see cref="IBookingAppService"/> and <see cref="IBookingAdminAppService"/> through the proxies, against the real host.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class BookingClientTests(ClientHostFixture host)
{
    [Fact]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.QuoteBookingAsync))]
    public async Task Quote_prices_a_stay_anonymously_and_an_unknown_listing_is_404()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var bookings = host.Anonymous().Get<IBookingAppService>();
        var day = ClientFlows.FutureDay();

        var quote = await bookings.QuoteBookingAsync(new QuoteRequest(listing.Id, day, day.AddDays(3), 2), CancellationToken.None);

        quote.Available.ShouldBeTrue();
        quote.Nights.ShouldBe(3);
        quote.NightsTotal.ShouldBe(new Money(37_500, "EUR"));
        quote.Total.Amount.ShouldBeGreaterThan(quote.NightsTotal.Amount + quote.CleaningFee.Amount - 1);

        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() =>
            bookings.QuoteBookingAsync(new QuoteRequest(Guid.NewGuid(), day, day.AddDays(3), 2), CancellationToken.None));
        unknown.Status.ShouldBe(404);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
        unknown.TraceId.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.CreateBookingAsync))]
    public async Task Create_books_pending_and_taken_dates_invalid_input_and_anonymous_callers_get_typed_errors()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var other = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();

        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 2, "Hello"), CancellationToken.None);

        booking.Status.ShouldBe(BookingStatuses.Pending);
        booking.GuestId.ShouldBe(guest.Id);
        booking.CheckIn.ShouldBe(day);
        booking.Message.ShouldBe("Hello");

        var taken = await Should.ThrowAsync<StayHubRemoteException>(() => other.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day.AddDays(1), day.AddDays(3), 1, null), CancellationToken.None));
        taken.Status.ShouldBe(409);
        taken.Code.ShouldBe(BookingErrorCodes.DatesUnavailable);

        var reversed = await Should.ThrowAsync<StayHubRemoteException>(() => other.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day.AddDays(10), day.AddDays(8), 1, null), CancellationToken.None));
        reversed.Status.ShouldBe(400);
        reversed.Code.ShouldBe(ErrorCodes.ValidationFailed);
        reversed.Errors.Keys.ShouldContain("checkOut");

        var anonymous = await Should.ThrowAsync<StayHubRemoteException>(() => host.Anonymous().Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day.AddDays(20), day.AddDays(22), 1, null), CancellationToken.None));
        anonymous.Status.ShouldBe(401);
        anonymous.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.GetBookingAsync))]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.ListMyBookingsAsync))]
    public async Task Guest_and_host_read_and_list_a_booking_and_a_stranger_gets_404()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var stranger = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);

        (await guest.Get<IBookingAppService>().GetBookingAsync(booking.Id, CancellationToken.None)).Id.ShouldBe(booking.Id);
        (await owner.Get<IBookingAppService>().GetBookingAsync(booking.Id, CancellationToken.None)).HostId.ShouldBe(owner.Id);
        var hidden = await Should.ThrowAsync<StayHubRemoteException>(() => stranger.Get<IBookingAppService>().GetBookingAsync(booking.Id, CancellationToken.None));
        hidden.Status.ShouldBe(404);
        hidden.Code.ShouldBe(ErrorCodes.NotFound);

        var mine = await guest.Get<IBookingAppService>().ListMyBookingsAsync(new BookingListQuery(null, BookingStatuses.Pending, 10, null), CancellationToken.None);
        mine.Items.Select(b => b.Id).ShouldBe([booking.Id]);
        var onMyListings = await owner.Get<IBookingAppService>().ListMyBookingsAsync(new BookingListQuery("host", null, null, null), CancellationToken.None);
        onMyListings.Items.Select(b => b.Id).ShouldContain(booking.Id);
        (await stranger.Get<IBookingAppService>().ListMyBookingsAsync(new BookingListQuery(null, null, null, null), CancellationToken.None)).Items.ShouldBeEmpty();

        var badStatus = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<IBookingAppService>().ListMyBookingsAsync(new BookingListQuery("landlord", null, null, null), CancellationToken.None));
        badStatus.Status.ShouldBe(400);
        badStatus.Code.ShouldBe(ErrorCodes.ValidationFailed);
    }

    [Fact]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.ApproveBookingAsync))]
    public async Task The_host_approves_a_request_the_guest_may_not_and_twice_is_a_conflict()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner, instantBook: false);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);
        booking.Approved.ShouldBeFalse();

        var notTheHost = await Should.ThrowAsync<StayHubRemoteException>(() => guest.Get<IBookingAppService>().ApproveBookingAsync(booking.Id, CancellationToken.None));
        notTheHost.Status.ShouldBe(403);
        notTheHost.Code.ShouldBe(ErrorCodes.Forbidden);

        var approved = await owner.Get<IBookingAppService>().ApproveBookingAsync(booking.Id, CancellationToken.None);
        approved.Approved.ShouldBeTrue();
        approved.Status.ShouldBe(BookingStatuses.Pending, "confirmed once paid");

        var twice = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IBookingAppService>().ApproveBookingAsync(booking.Id, CancellationToken.None));
        twice.Status.ShouldBe(409);
        twice.Code.ShouldBe(BookingErrorCodes.InvalidTransition);
    }

    [Fact]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.DeclineBookingAsync))]
    public async Task The_host_declines_a_request_and_the_dates_are_free_again()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner, instantBook: false);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);

        var declined = await owner.Get<IBookingAppService>().DeclineBookingAsync(booking.Id, CancellationToken.None);

        declined.Status.ShouldBe(BookingStatuses.Cancelled);
        declined.CancelledBy.ShouldBe(CancelledBy.Host);
        (await host.Anonymous().Get<IBookingAppService>().QuoteBookingAsync(new QuoteRequest(listing.Id, day, day.AddDays(2), 1), CancellationToken.None))
            .Available.ShouldBeTrue();
        var again = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IBookingAppService>().DeclineBookingAsync(booking.Id, CancellationToken.None));
        again.Status.ShouldBe(409);
        again.Code.ShouldBe(BookingErrorCodes.InvalidTransition);
    }

    [Fact]
    [CoversMethod(typeof(IBookingAppService), nameof(IBookingAppService.CancelBookingAsync))]
    public async Task The_guest_cancels_with_a_reason_and_a_second_cancel_is_a_conflict()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);

        var cancelled = await guest.Get<IBookingAppService>().CancelBookingAsync(booking.Id, new CancelBookingRequest("Plans changed"), CancellationToken.None);

        cancelled.Status.ShouldBe(BookingStatuses.Cancelled);
        cancelled.CancelledBy.ShouldBe(CancelledBy.Guest);
        cancelled.CancellationReason.ShouldBe("Plans changed");
        var again = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<IBookingAppService>().CancelBookingAsync(booking.Id, null, CancellationToken.None));
        again.Status.ShouldBe(409);
        again.Code.ShouldBe(BookingErrorCodes.InvalidTransition);
    }

    [Fact]
    [CoversMethod(typeof(IBookingAdminAppService), nameof(IBookingAdminAppService.ListBookingsAsync))]
    [CoversMethod(typeof(IBookingAdminAppService), nameof(IBookingAdminAppService.CancelBookingAsync))]
    public async Task An_admin_lists_and_cancels_any_booking_and_a_guest_is_forbidden()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);
        var admin = host.Admin().Get<IBookingAdminAppService>();

        var page = await admin.ListBookingsAsync(new AdminBookingListQuery(BookingStatuses.Pending, listing.Id, null, 5, null), CancellationToken.None);
        page.Items.Select(b => b.Id).ShouldBe([booking.Id]);
        (await admin.ListBookingsAsync(new AdminBookingListQuery(null, null, guest.Id, null, null), CancellationToken.None)).Items.Select(b => b.Id).ShouldContain(booking.Id);

        var cancelled = await admin.CancelBookingAsync(booking.Id, new CancelBookingRequest("Fraud check"), CancellationToken.None);
        cancelled.Status.ShouldBe(BookingStatuses.Cancelled);
        cancelled.CancelledBy.ShouldBe(CancelledBy.Admin);

        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<IBookingAdminAppService>().ListBookingsAsync(new AdminBookingListQuery(null, null, null, null, null), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() => admin.CancelBookingAsync(Guid.NewGuid(), null, CancellationToken.None));
        unknown.Status.ShouldBe(404);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
    }
}
