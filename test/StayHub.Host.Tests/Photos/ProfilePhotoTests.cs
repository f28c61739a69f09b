using System.Net;
using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Photos;

/// <summary>Upload, serve, replace and delete a profile photo through the real host and blob store.</summary>
[Collection(HostCollection.Name)]
public sealed class ProfilePhotoTests(HostFixture host)
{
    internal static async Task<string> UploadAsync(HttpClient client, byte[] file)
    {
        using var form = PhotoFiles.Form(file);
        using var response = await client.PutAsync("/api/account/me/photo", form);
        var photo = await response.ShouldBeJsonAsync<ProfilePhotoDto>();
        return photo.PhotoUrl;
    }

    internal static string SmallOf(string largeUrl) => largeUrl.Replace("-512.webp", "-128.webp", StringComparison.Ordinal);

    [Fact]
    public async Task Upload_answers_200_with_a_photo_url_that_the_profile_shows()
    {
        var user = await host.CreateUserAsync();

        var url = await UploadAsync(user.Client, PhotoFiles.JpegWithGps());

        url.ShouldMatch($"^/media/avatars/{user.Id}/[0-9a-f]{{32}}-512\\.webp$");
        var profile = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.PhotoUrl.ShouldBe(url);
    }

    [Fact]
    public async Task The_photo_is_served_to_anyone_as_512_webp_without_exif_and_cached_for_a_year()
    {
        var user = await host.CreateUserAsync();
        var url = await UploadAsync(user.Client, PhotoFiles.JpegWithGps());

        using var response = await host.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.ETag.ShouldNotBeNull();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var info = Image.Identify(bytes, out var format).ShouldNotBeNull();
        format.ShouldBe(WebpFormat.Instance);
        (info.Width, info.Height).ShouldBe((512, 512));
        info.Metadata.ExifProfile.ShouldBeNull();
        bytes.AsSpan().IndexOf("StayHubCam"u8).ShouldBe(-1);
    }

    [Fact]
    public async Task The_small_rendition_lives_at_the_same_stem_ending_in_128()
    {
        var user = await host.CreateUserAsync();
        var url = await UploadAsync(user.Client, PhotoFiles.JpegWithGps());

        using var response = await host.CreateClient().GetAsync(SmallOf(url));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync()).ShouldNotBeNull();
        (info.Width, info.Height).ShouldBe((128, 128));
    }

    [Fact]
    public async Task A_matching_If_None_Match_is_answered_304_without_a_body()
    {
        var user = await host.CreateUserAsync();
        var url = await UploadAsync(user.Client, PhotoFiles.JpegWithGps());
        var client = host.CreateClient();
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag.ShouldNotBeNull();

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        second.Headers.ETag.ShouldBe(etag);
    }

    [Fact]
    public async Task Replacing_the_photo_gives_a_new_url_and_deletes_the_old_files()
    {
        var user = await host.CreateUserAsync();
        var old = await UploadAsync(user.Client, PhotoFiles.JpegWithGps());

        var replacement = await UploadAsync(user.Client, PhotoFiles.JpegWithGps(300, 500));

        replacement.ShouldNotBe(old);
        var anonymous = host.CreateClient();
        await (await anonymous.GetAsync(old)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await anonymous.GetAsync(SmallOf(old))).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        (await anonymous.GetAsync(replacement)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).PhotoUrl.ShouldBe(replacement);
    }

    [Fact]
    public async Task Delete_answers_204_removes_the_files_and_clears_the_url_and_can_be_repeated()
    {
        var user = await host.CreateUserAsync();
        var url = await UploadAsync(user.Client, PhotoFiles.JpegWithGps());

        using var deleted = await user.Client.DeleteAsync("/api/account/me/photo");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).PhotoUrl.ShouldBeNull();
        var anonymous = host.CreateClient();
        await (await anonymous.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await (await anonymous.GetAsync(SmallOf(url))).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        using var again = await user.Client.DeleteAsync("/api/account/me/photo");
        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Without_a_token_upload_and_delete_are_401()
    {
        var anonymous = host.CreateClient();
        using var form = PhotoFiles.Form(PhotoFiles.JpegWithGps(64, 64));

        await (await anonymous.PutAsync("/api/account/me/photo", form)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await (await anonymous.DeleteAsync("/api/account/me/photo")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Theory]
    [InlineData("/media/avatars/00000000-0000-0000-0000-000000000000/nothing-512.webp")]
    [InlineData("/media/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/media/..%2F..%2Fappsettings.json")]
    [InlineData("/media/.tmp/x")]
    public async Task Unknown_or_unsafe_media_paths_are_404_problems(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_multipart_upload_and_the_media_route()
    {
        using var json = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        var put = paths.GetProperty("/api/account/me/photo").GetProperty("put");
        put.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _).ShouldBeTrue();
        paths.GetProperty("/api/account/me/photo").TryGetProperty("delete", out _).ShouldBeTrue();
        paths.TryGetProperty("/media/{name}", out _).ShouldBeTrue();
    }
}
