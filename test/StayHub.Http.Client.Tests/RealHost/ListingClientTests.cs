using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;
using StayHub.Listings.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The listings module's application services through the proxies, against the real host.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class ListingClientTests(ClientHostFixture host)
{
    [Fact]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.CreateListingAsync))]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.GetListingAsync))]
    public async Task A_host_creates_a_listing_anyone_reads_it_and_a_guest_or_bad_input_is_refused()
    {
        var owner = await host.CreateHostAsync();

        var created = await owner.Get<IListingAppService>().CreateListingAsync(ClientFlows.ListingRequest(title: "Client loft"), CancellationToken.None);

        created.HostId.ShouldBe(owner.Id);
        created.Title.ShouldBe("Client loft");
        created.NightlyPrice.ShouldBe(new Money(12_500, "EUR"));
        var read = await host.Anonymous().Get<IListingAppService>().GetListingAsync(created.Id, CancellationToken.None);
        read.Id.ShouldBe(created.Id);
        read.Address.City.ShouldBe("Lisbon");

        var guest = await host.CreateUserAsync();
        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<IListingAppService>().CreateListingAsync(ClientFlows.ListingRequest(), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);

        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() =>
            owner.Get<IListingAppService>().CreateListingAsync(ClientFlows.ListingRequest() with { Title = " ", MaxGuests = 0 }, CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Code.ShouldBe(ErrorCodes.ValidationFailed);
        invalid.Errors.Keys.ShouldContain("title");
        invalid.Errors.Keys.ShouldContain("maxGuests");

        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() => host.Anonymous().Get<IListingAppService>().GetListingAsync(Guid.NewGuid(), CancellationToken.None));
        unknown.Status.ShouldBe(404);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.UpdateListingAsync))]
    public async Task Update_replaces_the_details_and_a_stale_version_is_a_conflict()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var listings = owner.Get<IListingAppService>();

        var updated = await listings.UpdateListingAsync(listing.Id, ClientFlows.ListingRequest(title: "Renamed") with { Version = listing.Version }, CancellationToken.None);

        updated.Title.ShouldBe("Renamed");
        updated.Version.ShouldNotBe(listing.Version);
        var stale = await Should.ThrowAsync<StayHubRemoteException>(() =>
            listings.UpdateListingAsync(listing.Id, ClientFlows.ListingRequest(title: "Lost update") with { Version = listing.Version }, CancellationToken.None));
        stale.Status.ShouldBe(409);
        stale.Code.ShouldBe(ListingsErrorCodes.ConcurrentChange);

        var other = await host.CreateHostAsync();
        var notMine = await Should.ThrowAsync<StayHubRemoteException>(() =>
            other.Get<IListingAppService>().UpdateListingAsync(listing.Id, ClientFlows.ListingRequest(), CancellationToken.None));
        notMine.Status.ShouldBe(404);
    }

    [Fact]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.PublishListingAsync))]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.UnpublishListingAsync))]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.ListMyListingsAsync))]
    public async Task The_host_unpublishes_and_publishes_and_lists_own_listings()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var listings = owner.Get<IListingAppService>();

        (await listings.UnpublishListingAsync(listing.Id, CancellationToken.None)).Status.ShouldNotBe(listing.Status);
        var hidden = await Should.ThrowAsync<StayHubRemoteException>(() => host.Anonymous().Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None));
        hidden.Status.ShouldBe(404);
        (await listings.GetListingAsync(listing.Id, CancellationToken.None)).Id.ShouldBe(listing.Id, "its host still sees it");

        var mine = await listings.ListMyListingsAsync(new HostListingQuery(10, null), CancellationToken.None);
        mine.Items.ShouldHaveSingleItem().Id.ShouldBe(listing.Id);

        (await listings.PublishListingAsync(listing.Id, CancellationToken.None)).Status.ShouldBe(listing.Status);
        (await host.Anonymous().Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None)).Id.ShouldBe(listing.Id);

        var anonymous = await Should.ThrowAsync<StayHubRemoteException>(() =>
            host.Anonymous().Get<IListingAppService>().ListMyListingsAsync(new HostListingQuery(null, null), CancellationToken.None));
        anonymous.Status.ShouldBe(401);
        anonymous.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(IListingAppService), nameof(IListingAppService.DeleteListingAsync))]
    public async Task Delete_removes_a_listing_from_view_and_a_second_delete_is_404()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);

        await owner.Get<IListingAppService>().DeleteListingAsync(listing.Id, CancellationToken.None);

        (await Should.ThrowAsync<StayHubRemoteException>(() => host.Anonymous().Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None)))
            .Status.ShouldBe(404);
        var again = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IListingAppService>().DeleteListingAsync(listing.Id, CancellationToken.None));
        again.Status.ShouldBe(404);
        again.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    [CoversMethod(typeof(IListingSearchAppService), nameof(IListingSearchAppService.SearchListingsAsync))]
    public async Task Search_finds_a_listing_by_city_and_free_dates_and_rejects_a_malformed_value()
    {
        var owner = await host.CreateHostAsync();
        var city = $"Clientville {Guid.NewGuid():N}"[..24];
        var listing = await host.CreateListingAsync(owner, city: city);
        var search = host.Anonymous().Get<IListingSearchAppService>();
        var day = ClientFlows.FutureDay();

        var page = await search.SearchListingsAsync(Query(city: city, checkIn: day.ToString("yyyy-MM-dd"), checkOut: day.AddDays(2).ToString("yyyy-MM-dd"), guests: "2"), CancellationToken.None);

        page.Items.ShouldHaveSingleItem().Id.ShouldBe(listing.Id);
        (await search.SearchListingsAsync(Query(city: city, guests: "40"), CancellationToken.None)).Items.ShouldBeEmpty();

        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() => search.SearchListingsAsync(Query(city: city, guests: "many"), CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Code.ShouldBe(ErrorCodes.ValidationFailed);
        invalid.Errors.Keys.ShouldContain("guests");
    }

    [Fact]
    [CoversMethod(typeof(IAmenityAppService), nameof(IAmenityAppService.ListAmenitiesAsync))]
    public async Task The_amenity_catalog_is_public()
    {
        var amenities = await host.Anonymous().Get<IAmenityAppService>().ListAmenitiesAsync(CancellationToken.None);

        amenities.Select(a => a.Code).ShouldContain("wifi");
        amenities.ShouldAllBe(a => !string.IsNullOrWhiteSpace(a.Name) && !string.IsNullOrWhiteSpace(a.Category));
    }

    [Fact]
    [CoversMethod(typeof(ICalendarAppService), nameof(ICalendarAppService.GetListingCalendarAsync))]
    [CoversMethod(typeof(ICalendarAppService), nameof(ICalendarAppService.UpdateListingCalendarAsync))]
    public async Task The_host_blocks_and_prices_nights_the_calendar_shows_it_and_booked_nights_cannot_be_blocked()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var day = ClientFlows.FutureDay();
        var calendar = owner.Get<ICalendarAppService>();

        await calendar.UpdateListingCalendarAsync(listing.Id, new CalendarUpdateRequest(
            [new DateRangeDto(day, day.AddDays(1))], null, [new PriceRangeDto(day.AddDays(1), day.AddDays(2), new Money(20_000, "EUR"))]), CancellationToken.None);

        var days = (await host.Anonymous().Get<ICalendarAppService>().GetListingCalendarAsync(listing.Id, new CalendarQuery(day, day.AddDays(3)), CancellationToken.None)).Days;
        days.Count.ShouldBe(3);
        days[0].Available.ShouldBeFalse();
        days[1].Available.ShouldBeTrue();
        days[1].Price.ShouldBe(new Money(20_000, "EUR"));
        days[2].Price.ShouldBe(new Money(12_500, "EUR"));

        var guest = await host.CreateUserAsync();
        await guest.Get<IBookingAppService>().CreateBookingAsync(new CreateBookingRequest(listing.Id, day.AddDays(5), day.AddDays(7), 1, null), CancellationToken.None);
        var booked = await Should.ThrowAsync<StayHubRemoteException>(() => calendar.UpdateListingCalendarAsync(listing.Id,
            new CalendarUpdateRequest([new DateRangeDto(day.AddDays(5), day.AddDays(6))], null, null), CancellationToken.None));
        booked.Status.ShouldBe(409);
        booked.Code.ShouldBe(BookingErrorCodes.DatesUnavailable);

        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() =>
            host.Anonymous().Get<ICalendarAppService>().GetListingCalendarAsync(Guid.NewGuid(), new CalendarQuery(day, day.AddDays(3)), CancellationToken.None));
        unknown.Status.ShouldBe(404);
    }

    [Fact]
    [CoversMethod(typeof(IListingPhotoAppService), nameof(IListingPhotoAppService.AddListingPhotoAsync))]
    [CoversMethod(typeof(IListingPhotoAppService), nameof(IListingPhotoAppService.DeleteListingPhotoAsync))]
    public async Task A_photo_uploads_as_multipart_shows_on_the_listing_and_is_deleted()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var photos = owner.Get<IListingPhotoAppService>();

        await using var file = new RemoteStreamContent(new MemoryStream(TestImages.Jpeg()), "flat.jpg", "image/jpeg");
        var photo = await photos.AddListingPhotoAsync(listing.Id, file, CancellationToken.None);

        photo.Url.ShouldNotBeNullOrWhiteSpace();
        (await owner.Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None)).Photos.Select(p => p.Id).ShouldBe([photo.Id]);

        await using var text = new RemoteStreamContent(new MemoryStream("not an image"u8.ToArray()), "notes.jpg", "image/jpeg");
        var refused = await Should.ThrowAsync<StayHubRemoteException>(() => photos.AddListingPhotoAsync(listing.Id, text, CancellationToken.None));
        refused.Status.ShouldBeInRange(400, 415);

        await photos.DeleteListingPhotoAsync(listing.Id, photo.Id, CancellationToken.None);
        (await owner.Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None)).Photos.ShouldBeEmpty();
        var gone = await Should.ThrowAsync<StayHubRemoteException>(() => photos.DeleteListingPhotoAsync(listing.Id, photo.Id, CancellationToken.None));
        gone.Status.ShouldBe(404);
    }

    [Fact]
    [CoversMethod(typeof(IListingAdminAppService), nameof(IListingAdminAppService.ListListingsAsync))]
    [CoversMethod(typeof(IListingAdminAppService), nameof(IListingAdminAppService.UnpublishListingAsync))]
    [CoversMethod(typeof(IListingAdminAppService), nameof(IListingAdminAppService.PublishListingAsync))]
    public async Task A_moderator_lists_unpublishes_and_publishes_any_listing_and_a_host_is_forbidden()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var admin = host.Admin().Get<IListingAdminAppService>();

        var page = await admin.ListListingsAsync(new AdminListingQuery(null, null, owner.Id, 10, null), CancellationToken.None);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(listing.Id);

        await admin.UnpublishListingAsync(listing.Id, CancellationToken.None);
        (await Should.ThrowAsync<StayHubRemoteException>(() => host.Anonymous().Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None)))
            .Status.ShouldBe(404);
        await admin.PublishListingAsync(listing.Id, CancellationToken.None);
        (await host.Anonymous().Get<IListingAppService>().GetListingAsync(listing.Id, CancellationToken.None)).Id.ShouldBe(listing.Id);

        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() => owner.Get<IListingAdminAppService>().UnpublishListingAsync(listing.Id, CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
        (await Should.ThrowAsync<StayHubRemoteException>(() => admin.PublishListingAsync(Guid.NewGuid(), CancellationToken.None))).Status.ShouldBe(404);
    }

    private static ListingSearchQuery Query(string? city = null, string? checkIn = null, string? checkOut = null, string? guests = null) =>
        new(null, city, null, null, null, null, null, checkIn, checkOut, guests, null, null, null, null, null, null, null);
}
