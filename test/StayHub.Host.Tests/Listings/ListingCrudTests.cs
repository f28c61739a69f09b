using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class ListingCrudTests(HostFixture host)
{
    [Fact]
    public async Task A_host_creates_a_listing_and_anyone_reads_it()
    {
        var owner = await host.CreateHostAsync();

        using var response = await owner.Client.PostJsonAsync("/api/listings", ListingsTestApi.ValidRequest());

        var created = await response.ShouldBeJsonAsync<ListingDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/listings/{created.Id}");
        created.HostId.ShouldBe(owner.Id);
        created.Status.ShouldBe("published");
        created.NightlyPrice.ShouldBe(new Money(12_500, "EUR"));
        created.Address.Country.ShouldBe("PT");
        created.Location.Lat!.Value.ShouldBe(38.7115, 1e-9);
        created.Amenities.ShouldBe(["kitchen", "washer", "wifi"]);
        created.CheckInTime.ShouldBe("15:00");

        var read = await (await host.CreateClient().GetAsync($"/api/listings/{created.Id}")).ShouldBeJsonAsync<ListingDto>();
        read.Title.ShouldBe("Sunny flat in Alfama");
        read.PhotoUrl.ShouldBeNull();
    }

    [Fact]
    public async Task Guests_get_403_and_anonymous_callers_401_on_create()
    {
        var guest = await host.CreateUserAsync();

        using var forbidden = await guest.Client.PostJsonAsync("/api/listings", ListingsTestApi.ValidRequest());
        using var anonymous = await host.CreateClient().PostJsonAsync("/api/listings", ListingsTestApi.ValidRequest());

        await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task The_owner_updates_and_another_host_gets_404_on_every_write()
    {
        var owner = await host.CreateHostAsync();
        var other = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";

        using (var update = await owner.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("Renamed flat") with { MaxGuests = 6 }))
        {
            var updated = await update.ShouldBeJsonAsync<ListingDto>();
            updated.Title.ShouldBe("Renamed flat");
            updated.MaxGuests.ShouldBe(6);
        }

        (await (await other.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("Hijacked"))).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound)).Code.ShouldBe("not_found");
        await (await other.Client.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await other.Client.PostAsync($"{url}/unpublish", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await other.Client.PutJsonAsync($"{url}/calendar", new { prices = Array.Empty<object>() })).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        var read = await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>();
        read.Title.ShouldBe("Renamed flat");
    }

    [Fact]
    public async Task A_stale_version_gets_409_concurrent_change()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        using (var first = await owner.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("First edit") with { Version = listing.Version }))
        {
            (await first.ShouldBeJsonAsync<ListingDto>()).Version.ShouldNotBe(listing.Version);
        }

        using var stale = await owner.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("Second edit") with { Version = listing.Version });

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, ListingsErrorCodes.ConcurrentChange);
        (await (await owner.Client.GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("First edit");
    }

    [Fact]
    public async Task Delete_is_soft_and_hides_the_listing_everywhere()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        (await owner.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var deleted = await owner.Client.DeleteAsync(url);

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await owner.Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var mine = await (await owner.Client.GetAsync("/api/host/listings")).ShouldBeJsonAsync<CursorPage<ListingListItemDto>>();
        mine.Items.ShouldNotContain(i => i.Id == listing.Id);
        (await host.ScalarAsync<DateTime?>("select deleted_at from listings.listings where id = @id", ("id", listing.Id))).ShouldNotBeNull();
    }

    [Fact]
    public async Task Unpublished_listings_are_seen_only_by_their_host_and_admins()
    {
        var owner = await host.CreateHostAsync();
        var stranger = await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";

        var unpublished = await (await owner.Client.PostAsync($"{url}/unpublish", null)).ShouldBeJsonAsync<ListingDto>();

        unpublished.Status.ShouldBe("unpublished");
        await (await host.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await owner.Client.GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Status.ShouldBe("unpublished");
        (await (await admin.GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Status.ShouldBe("unpublished");

        (await (await owner.Client.PostAsync($"{url}/publish", null)).ShouldBeJsonAsync<ListingDto>()).Status.ShouldBe("published");
        (await host.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admins_unpublish_and_publish_any_listing_and_others_get_403()
    {
        var owner = await host.CreateHostAsync();
        var admin = await host.CreateAdminClientAsync();
        var listing = await owner.CreateListingAsync();

        await (await owner.Client.PostAsync($"/api/admin/listings/{listing.Id}/unpublish", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await (await owner.Client.GetAsync("/api/admin/listings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        (await (await admin.PostAsync($"/api/admin/listings/{listing.Id}/unpublish", null)).ShouldBeJsonAsync<ListingDto>()).Status.ShouldBe("unpublished");
        await (await host.CreateClient().GetAsync($"/api/listings/{listing.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await (await admin.GetAsync($"/api/admin/listings?status=unpublished&hostId={owner.Id}")).ShouldBeJsonAsync<CursorPage<ListingListItemDto>>();
        list.Items.Select(i => i.Id).ShouldBe([listing.Id]);
        list.TotalCount.ShouldBe(1);

        (await (await admin.PostAsync($"/api/admin/listings/{listing.Id}/publish", null)).ShouldBeJsonAsync<ListingDto>()).Status.ShouldBe("published");
        (await host.CreateClient().GetAsync($"/api/listings/{listing.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/admin/listings/{Guid.NewGuid()}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admin_list_filters_by_text()
    {
        var owner = await host.CreateHostAsync();
        var admin = await host.CreateAdminClientAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var listing = await owner.CreateListingAsync(ListingsTestApi.ValidRequest($"Loft {marker}"));
        await owner.CreateListingAsync();

        var list = await (await admin.GetAsync($"/api/admin/listings?q={marker}")).ShouldBeJsonAsync<CursorPage<ListingListItemDto>>();

        list.Items.Select(i => i.Id).ShouldBe([listing.Id]);
        await (await admin.GetAsync("/api/admin/listings?status=archived")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task The_host_list_pages_through_own_listings_newest_first_without_gaps()
    {
        var owner = await host.CreateHostAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await owner.CreateListingAsync(ListingsTestApi.ValidRequest($"Flat {i}"))).Id);
        }

        var first = await (await owner.Client.GetAsync("/api/host/listings?pageSize=2")).ShouldBeJsonAsync<CursorPage<ListingListItemDto>>();
        var second = await (await owner.Client.GetAsync($"/api/host/listings?pageSize=2&cursor={first.NextCursor}")).ShouldBeJsonAsync<CursorPage<ListingListItemDto>>();

        first.Items.Count.ShouldBe(2);
        first.NextCursor.ShouldNotBeNull();
        second.NextCursor.ShouldBeNull();
        first.Items.Concat(second.Items).Select(i => i.Id).ShouldBe(Enumerable.Reverse(created));
        await (await (await host.CreateUserAsync()).Client.GetAsync("/api/host/listings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_amenity_catalog_is_public()
    {
        var amenities = await (await host.CreateClient().GetAsync("/api/amenities")).ShouldBeJsonAsync<List<AmenityDto>>();

        amenities.Count.ShouldBeGreaterThanOrEqualTo(30);
        amenities.ShouldContain(a => a.Code == "wifi" && a.Name == "Wi-Fi");
        amenities.ShouldContain(a => a.Code == "ski_in_out");
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        await (await host.CreateClient().GetAsync($"/api/listings/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }
}
