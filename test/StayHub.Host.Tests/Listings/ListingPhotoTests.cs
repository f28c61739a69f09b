using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Host.Tests.Photos;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Listings;

[Collection(HostCollection.Name)]
public sealed class ListingPhotoTests(HostFixture host)
{
    private static readonly byte[] SmallJpeg = PhotoFiles.JpegWithGps(64, 48);

    [Fact]
    public async Task Photos_are_ordered_the_first_is_the_cover_and_deleting_it_promotes_the_next()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/photos";

        var first = await (await owner.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg))).ShouldBeJsonAsync<ListingPhotoDto>(HttpStatusCode.Created);
        var second = await (await owner.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg))).ShouldBeJsonAsync<ListingPhotoDto>(HttpStatusCode.Created);

        first.Url.ShouldStartWith($"/media/listings/{listing.Id}/");
        first.Url.ShouldEndWith("-1024.webp");
        first.SmallUrl.ShouldEndWith("-256.webp");
        var detail = await (await host.CreateClient().GetAsync($"/api/listings/{listing.Id}")).ShouldBeJsonAsync<ListingDto>();
        detail.Photos.Select(p => p.Id).ShouldBe([first.Id, second.Id]);
        detail.PhotoUrl.ShouldBe(first.Url);
        using (var media = await host.CreateClient().GetAsync(first.Url))
        {
            media.StatusCode.ShouldBe(HttpStatusCode.OK);
            media.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        }

        (await owner.Client.DeleteAsync($"{url}/{first.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        detail = await (await host.CreateClient().GetAsync($"/api/listings/{listing.Id}")).ShouldBeJsonAsync<ListingDto>();
        detail.PhotoUrl.ShouldBe(second.Url);
        (await host.CreateClient().GetAsync(first.Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"{url}/{first.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_host_gets_404_and_files_are_checked_like_profile_photos()
    {
        var owner = await host.CreateHostAsync();
        var other = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/photos";
        var photo = await (await owner.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg))).ShouldBeJsonAsync<ListingPhotoDto>(HttpStatusCode.Created);

        await (await other.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.DeleteAsync($"{url}/{photo.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsync(url, PhotoFiles.Form("just text"u8.ToArray(), "a.jpg"))).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await owner.Client.PostAsync(url, PhotoFiles.Form(PhotoFiles.Polyglot()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "media.polyglot");
        await (await owner.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg, field: "image"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        (await host.ScalarAsync<long>("select count(*) from listings.listing_photos where listing_id = @id", ("id", listing.Id))).ShouldBe(1L);
    }

    [Fact]
    public async Task The_twenty_first_photo_gets_409_too_many_photos()
    {
        var owner = await host.CreateHostAsync();
        var listing = await owner.CreateListingAsync();
        var url = $"/api/listings/{listing.Id}/photos";
        for (var i = 0; i < 20; i++)
        {
            (await owner.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var response = await owner.Client.PostAsync(url, PhotoFiles.Form(SmallJpeg));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, ListingsErrorCodes.TooManyPhotos);
        (await (await owner.Client.GetAsync($"/api/listings/{listing.Id}")).ShouldBeJsonAsync<ListingDto>()).Photos.Count.ShouldBe(20);
    }
}
