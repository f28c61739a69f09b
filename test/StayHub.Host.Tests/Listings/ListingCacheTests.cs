using System.Net;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class ListingCacheTests(HostFixture host)
{
    [Fact]
    public async Task Detail_is_served_from_the_cache_until_an_edit_through_the_api_evicts_it()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Sunny flat in Alfama");

        // Behind the application's back: the cache does not know, so the cached copy is still served.
        await host.ScalarAsync<int>("update listings.listings set title = 'Changed by SQL' where id = @id", ("id", listing.Id));
        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Sunny flat in Alfama");

        using (var edit = await owner.Client.PutJsonAsync(url, ListingsTestApi.ValidRequest("Edited through the API")))
        {
            edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).Title.ShouldBe("Edited through the API");
    }

    [Fact]
    public async Task Publishing_photos_and_deleting_evict_the_cached_detail()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}";
        (await host.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await owner.Client.PostAsync($"{url}/unpublish", null)).EnsureSuccessStatusCode();
        await (await host.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await owner.Client.PostAsync($"{url}/publish", null)).EnsureSuccessStatusCode();
        (await host.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var photo = await (await owner.Client.PostAsync($"{url}/photos", Photos.PhotoFiles.Form(Photos.PhotoFiles.JpegWithGps(32, 32))))
            .ShouldBeJsonAsync<ListingPhotoDto>(HttpStatusCode.Created);
        (await (await host.CreateClient().GetAsync(url)).ShouldBeJsonAsync<ListingDto>()).PhotoUrl.ShouldBe(photo.Url);

        (await owner.Client.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await host.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
