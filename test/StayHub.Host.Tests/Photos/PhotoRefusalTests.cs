using System.Net;
using System.Text;
using StayHub.Framework.Contracts;
using StayHub.Framework.Imaging;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Photos;

/// <summary>Every refused upload is a 4xx Problem Details answer and leaves the user's current photo as it was.</summary>
[Collection(HostCollection.Name)]
public sealed class PhotoRefusalTests(HostFixture host)
{
    /// <summary>Uploads a valid photo first, sends <paramref name="body"/>, and checks the photo survived.</summary>
    private async Task<Problem> RefusedAsync(HttpContent body, HttpStatusCode status, string code)
    {
        var user = await host.CreateUserAsync();
        var url = await ProfilePhotoTests.UploadAsync(user.Client, PhotoFiles.JpegWithGps(200, 200));

        Problem problem;
        using (body)
        {
            using var response = await user.Client.PutAsync("/api/account/me/photo", body);
            problem = await response.ShouldBeProblemAsync(status, code);
        }

        (await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).PhotoUrl.ShouldBe(url);
        (await host.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return problem;
    }

    [Fact]
    public async Task A_text_file_named_and_typed_as_a_jpeg_is_415()
    {
        await RefusedAsync(PhotoFiles.Form(Encoding.UTF8.GetBytes("just some text, not a picture")), HttpStatusCode.UnsupportedMediaType, MediaErrorCodes.UnsupportedType);
    }

    [Fact]
    public async Task A_jpeg_with_a_web_page_appended_is_400_polyglot()
    {
        await RefusedAsync(PhotoFiles.Form(PhotoFiles.Polyglot()), HttpStatusCode.BadRequest, MediaErrorCodes.Polyglot);
    }

    [Fact]
    public async Task A_decompression_bomb_is_400_too_many_pixels()
    {
        var problem = await RefusedAsync(PhotoFiles.Form(PhotoFiles.DecompressionBomb(), "bomb.png", contentType: "image/png"), HttpStatusCode.BadRequest, MediaErrorCodes.TooManyPixels);

        problem.Detail.ShouldNotBeNull().ShouldContain("20000 x 20000");
    }

    [Fact]
    public async Task A_body_over_6_megabytes_is_413_before_it_is_read()
    {
        await RefusedAsync(PhotoFiles.Form(PhotoFiles.JpegOfLength((6 * 1024 * 1024) + 1)), HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestTooLarge);
    }

    [Fact]
    public async Task A_file_over_5_megabytes_within_the_body_limit_is_413_media_too_large()
    {
        await RefusedAsync(PhotoFiles.Form(PhotoFiles.JpegOfLength((5 * 1024 * 1024) + 512)), HttpStatusCode.RequestEntityTooLarge, MediaErrorCodes.TooLarge);
    }

    [Fact]
    public async Task A_corrupt_jpeg_is_400_invalid_image()
    {
        var jpeg = PhotoFiles.JpegWithGps(64, 64);

        await RefusedAsync(PhotoFiles.Form(jpeg[..(jpeg.Length / 2)]), HttpStatusCode.BadRequest, MediaErrorCodes.InvalidImage);
    }

    [Fact]
    public async Task A_json_body_is_415()
    {
        await RefusedAsync(new StringContent("""{"file":"aGVsbG8="}""", Encoding.UTF8, "application/json"), HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_form_without_a_file_field_is_400_with_a_file_error()
    {
        var problem = await RefusedAsync(PhotoFiles.Form(PhotoFiles.JpegWithGps(64, 64), field: "picture"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        problem.Errors.Keys.ShouldBe(["file"]);
    }
}
