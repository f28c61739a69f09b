using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StayHub.Booking.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>A stay that booking has completed: its host, listing, guest and booking.</summary>
public sealed record CompletedStay(ClientUser Owner, ListingDto Listing, ClientUser Guest, BookingDto Booking);

/// <summary>
/// The set-up steps review tests share: a booking made and paid through the proxies, then completed by booking's own
/// completion work run as if the day after check-out had come (the host's clock is real, so only that run is moved).
/// </summary>
public static class ReviewFlows
{
    /// <summary>
    /// A booked and paid stay, confirmed. Its dates are close (days from now), so completing it at a moved clock
    /// never reaches the far-future bookings of the other client tests.
    /// </summary>
    public static async Task<CompletedStay> ConfirmedStayAsync(this ClientHostFixture host)
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner, city: "Porto");
        var guest = await host.CreateUserAsync("Rita Reviewer");
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, checkIn, checkIn.AddDays(2), 2, null), CancellationToken.None);
        var paid = await guest.Get<IPaymentAppService>().PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None);
        paid.Status.ShouldBe(PaymentStatuses.Succeeded);
        var confirmed = await Eventually.ReachAsync(
            () => guest.Get<IBookingAppService>().GetBookingAsync(booking.Id, CancellationToken.None), b => b.Status == BookingStatuses.Confirmed);
        confirmed.Status.ShouldBe(BookingStatuses.Confirmed);
        return new CompletedStay(owner, listing, guest, confirmed);
    }

    /// <summary>Completes <paramref name="stay"/> through booking's completion work and waits until booking shows it completed.</summary>
    public static async Task<CompletedStay> CompleteAsync(this ClientHostFixture host, CompletedStay stay)
    {
        var at = new DateTimeOffset(stay.Booking.CheckOut.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        (await host.CompleteFinishedBookingsAsync(at)).ShouldBeGreaterThanOrEqualTo(1);
        var completed = await stay.Guest.Get<IBookingAppService>().GetBookingAsync(stay.Booking.Id, CancellationToken.None);
        completed.Status.ShouldBe(BookingStatuses.Completed);
        return stay with { Booking = completed };
    }

    /// <summary>A confirmed stay completed by booking (reviews learn of the completion asynchronously: submit with <see cref="SubmitEventuallyAsync"/>).</summary>
    public static async Task<CompletedStay> CompletedStayAsync(this ClientHostFixture host) => await host.CompleteAsync(await host.ConfirmedStayAsync());

    /// <summary>
    /// Submits <paramref name="request"/> as <paramref name="author"/> once reviews has learnt of the completion (through
    /// booking's events, after commit): until then the answer is 404 (not yet known) or 409 not completed.
    /// </summary>
    public static async Task<ReviewDto> SubmitEventuallyAsync(this ClientUser author, Guid bookingId, SubmitReviewRequest request)
    {
        var outcome = await Eventually.ReachAsync(
            async () =>
            {
                try
                {
                    return (Review: await author.Get<IReviewAppService>().SubmitBookingReviewAsync(bookingId, request, CancellationToken.None), Error: (StayHubRemoteException?)null);
                }
                catch (StayHubRemoteException ex) when (ex.Status == 404 || ex.Code == ReviewErrorCodes.BookingNotCompleted)
                {
                    return (Review: (ReviewDto?)null, Error: ex);
                }
            },
            r => r.Review is not null);
        return outcome.Review ?? throw new ShouldAssertException($"The completion did not reach reviews in time; last answer: {outcome.Error?.Status} {outcome.Error?.Code}");
    }

    /// <summary>
    /// Runs booking's completion work (what its <c>booking.complete-stays</c> job does) in a scope of the real host with
    /// the clock at <paramref name="at"/>. The maintenance service is internal to booking, so it is found by name.
    /// </summary>
    public static async Task<int> CompleteFinishedBookingsAsync(this ClientHostFixture host, DateTimeOffset at)
    {
        var type = Type.GetType("StayHub.Booking.Application.Maintenance.BookingMaintenance, StayHub.Booking", throwOnError: true)!;
        var complete = type.GetMethod("CompleteFinishedAsync") ?? throw new MissingMethodException(type.FullName, "CompleteFinishedAsync");
        await using var scope = host.Services.CreateAsyncScope();
        var maintenance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, type, new FakeTimeProvider(at));
        return await (Task<int>)complete.Invoke(maintenance, [CancellationToken.None])!;
    }
}
