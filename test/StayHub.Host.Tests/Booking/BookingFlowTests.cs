using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Booking;

[Collection(BookingCollection.Name)]
public sealed class BookingFlowTests(BookingFixture host)
{
    [Fact]
    public async Task Quote_is_anonymous_and_prices_in_minor_units_with_per_date_overrides()
    {
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid(), nightly: 10_000, cleaning: 5_000, overrides: new Dictionary<DateOnly, long> { [checkIn.AddDays(1)] = 15_000 });

        using var response = await host.CreateClient().PostJsonAsync("/api/bookings/quote", new QuoteRequest(listing, checkIn, checkIn.AddDays(3), 2));

        var quote = await response.ShouldBeJsonAsync<QuoteDto>();
        quote.Nights.ShouldBe(3);
        quote.NightsTotal.ShouldBe(new Money(35_000, "USD"));
        quote.CleaningFee.ShouldBe(new Money(5_000, "USD"));
        quote.ServiceFee.ShouldBe(new Money(4_800, "USD"));
        quote.Total.ShouldBe(new Money(44_800, "USD"));
        quote.Available.ShouldBeTrue();
        quote.UnavailableReason.ShouldBeNull();
    }

    [Fact]
    public async Task Quote_says_why_a_stay_cannot_be_booked()
    {
        var hostUser = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(hostUser.Id, maxGuests: 2, minNights: 2, maxNights: 5);
        var unpublished = host.Listings.Add(hostUser.Id, published: false);
        var anonymous = host.CreateClient();

        async Task<string?> ReasonAsync(HttpClient client, Guid id, DateOnly from, DateOnly to, int guests) =>
            (await (await client.PostJsonAsync("/api/bookings/quote", new QuoteRequest(id, from, to, guests))).ShouldBeJsonAsync<QuoteDto>()).UnavailableReason;

        (await ReasonAsync(anonymous, listing, checkIn, checkIn.AddDays(1), 1)).ShouldBe(BookingErrorCodes.TooFewNights);
        (await ReasonAsync(anonymous, listing, checkIn, checkIn.AddDays(6), 1)).ShouldBe(BookingErrorCodes.TooManyNights);
        (await ReasonAsync(anonymous, listing, checkIn, checkIn.AddDays(2), 3)).ShouldBe(BookingErrorCodes.TooManyGuests);
        (await ReasonAsync(hostUser.Client, unpublished, checkIn, checkIn.AddDays(2), 1)).ShouldBe(BookingErrorCodes.ListingUnavailable);
        using (var hidden = await anonymous.PostJsonAsync("/api/bookings/quote", new QuoteRequest(unpublished, checkIn, checkIn.AddDays(2), 1)))
        {
            // Someone else's unpublished listing is not priced: 404, as if it did not exist.
            await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        }

        (await ReasonAsync(hostUser.Client, listing, checkIn, checkIn.AddDays(2), 1)).ShouldBe(BookingErrorCodes.OwnListing);
        (await ReasonAsync(anonymous, listing, checkIn, checkIn.AddDays(2), 2)).ShouldBeNull();

        var guest = await host.CreateUserAsync();
        (await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 2, null))).Dispose();
        (await ReasonAsync(anonymous, listing, checkIn.AddDays(1), checkIn.AddDays(3), 2)).ShouldBe(BookingErrorCodes.DatesUnavailable);
    }

    [Fact]
    public async Task Quote_of_an_unknown_listing_is_404_and_bad_dates_are_400()
    {
        var checkIn = BookingFixture.FutureDay();
        var client = host.CreateClient();

        using var unknown = await client.PostJsonAsync("/api/bookings/quote", new QuoteRequest(Guid.NewGuid(), checkIn, checkIn.AddDays(1), 1));
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        using var reversed = await client.PostJsonAsync("/api/bookings/quote", new QuoteRequest(Guid.NewGuid(), checkIn, checkIn, 1));
        await reversed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Booking_is_201_pending_with_price_and_policy_snapshot_and_visible_only_to_guest_host_and_admin()
    {
        var hostUser = await host.CreateUserAsync();
        var guest = await host.CreateUserAsync();
        var stranger = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(hostUser.Id, policy: CancellationPolicies.Strict);

        using var response = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 2, "Arriving late"));

        var booking = await response.ShouldBeJsonAsync<BookingDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/bookings/{booking.Id}");
        booking.Status.ShouldBe(BookingStatuses.Pending);
        booking.GuestId.ShouldBe(guest.Id);
        booking.HostId.ShouldBe(hostUser.Id);
        booking.CancellationPolicy.ShouldBe(CancellationPolicies.Strict);
        booking.Price.Total.ShouldBe(new Money(28_000, "USD"));
        booking.Message.ShouldBe("Arriving late");
        booking.ExpiresAt.ShouldNotBeNull();

        (await (await guest.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>()).Id.ShouldBe(booking.Id);
        (await (await hostUser.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>()).Id.ShouldBe(booking.Id);
        var admin = await host.CreateAdminClientAsync();
        (await (await admin.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeJsonAsync<BookingDto>()).Id.ShouldBe(booking.Id);
        await (await stranger.Client.GetAsync($"/api/bookings/{booking.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await host.CreateClient().GetAsync($"/api/bookings/{booking.Id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var stored = await host.ScalarAsync<string>("select period::text from booking.stays where id = @id", ("id", booking.Id));
        stored.ShouldBe($"[{checkIn:yyyy-MM-dd},{checkIn.AddDays(2):yyyy-MM-dd})");
    }

    [Fact]
    public async Task Booking_own_listing_or_too_many_guests_is_refused()
    {
        var hostUser = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(hostUser.Id, maxGuests: 2);

        using var own = await hostUser.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null));
        await own.ShouldBeProblemAsync(HttpStatusCode.BadRequest, BookingErrorCodes.OwnListing);
        var guest = await host.CreateUserAsync();
        using var crowd = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 3, null));
        await crowd.ShouldBeProblemAsync(HttpStatusCode.BadRequest, BookingErrorCodes.TooManyGuests);
        using var anonymous = await host.CreateClient().PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(2), 1, null));
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_stay_beyond_the_booking_horizon_is_refused_and_the_last_day_inside_it_is_not()
    {
        var hostUser = await host.CreateUserAsync();
        var listing = host.Listings.Add(hostUser.Id, maxGuests: 2);
        var guest = await host.CreateUserAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        using var farAway = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, new DateOnly(9999, 12, 1), new DateOnly(9999, 12, 3), 1, null));
        await farAway.ShouldBeProblemAsync(HttpStatusCode.BadRequest, BookingErrorCodes.TooFarAhead);
        using var dayAfter = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, today.AddDays(731), today.AddDays(733), 1, null));
        await dayAfter.ShouldBeProblemAsync(HttpStatusCode.BadRequest, BookingErrorCodes.TooFarAhead);
        (await host.ScalarAsync<long>("select count(*) from booking.stays where listing_id = @id", ("id", listing))).ShouldBe(0);

        using var lastDay = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, today.AddDays(729), today.AddDays(731), 1, null));
        lastDay.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Adjacent_stays_both_succeed_and_an_overlap_is_409()
    {
        var guest = await host.CreateUserAsync();
        var checkIn = BookingFixture.FutureDay();
        var listing = host.Listings.Add(Guid.NewGuid());

        using var first = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn, checkIn.AddDays(3), 1, null));
        using var after = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn.AddDays(3), checkIn.AddDays(5), 1, null));
        using var before = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn.AddDays(-2), checkIn, 1, null));
        using var overlap = await guest.Client.PostJsonAsync("/api/bookings", new CreateBookingRequest(listing, checkIn.AddDays(4), checkIn.AddDays(6), 1, null));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        after.StatusCode.ShouldBe(HttpStatusCode.Created);
        before.StatusCode.ShouldBe(HttpStatusCode.Created);
        await overlap.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.DatesUnavailable);
    }
}
