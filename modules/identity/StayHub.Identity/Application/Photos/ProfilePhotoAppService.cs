using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Blobs;
using StayHub.Framework.Errors;
using StayHub.Framework.Imaging;
using StayHub.Framework.Users;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Photos;

/// <summary>
/// The signed-in user's profile photo: re-encoded renditions in the public media container, the large one's
/// URL on the user. Blob names are random per upload (never reused, so they can be cached forever) and are
/// derived back from <see cref="AppUser.PhotoUrl"/>, so no extra column is needed.
/// </summary>
internal sealed class ProfilePhotoAppService(
    UserManager<AppUser> users,
    ICurrentUser currentUser,
    IBlobStore blobs,
    ImageProcessor images,
    ILogger<ProfilePhotoAppService> logger) : IProfilePhotoAppService
{
    public async Task<ProfilePhotoDto> UploadMyPhotoAsync(RemoteStreamContent file, CancellationToken cancellationToken)
    {
        var userId = currentUser.GetRequiredId();
        // Every check runs before anything is stored: a refused file touches neither the blobs nor the account.
        var processed = await images.ProcessAsync(file.Stream, ImageLimits.Photo, ProfilePhotoNames.Sizes, cancellationToken);
        var photo = new ProfilePhotoNames(userId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), processed.Extension);

        string? previousUrl;
        try
        {
            foreach (var variant in processed.Variants)
            {
                using var content = new MemoryStream(variant.Content, writable: false);
                await blobs.PutAsync(PublicMedia.Container, photo.NameFor(variant.Size), content, processed.ContentType, cancellationToken);
            }

            var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("The account");
            previousUrl = user.PhotoUrl;
            user.PhotoUrl = photo.Url;
            // A concurrent upload or profile edit wins by the concurrency stamp; this one then answers 409.
            AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
        }
        catch
        {
            await DeleteQuietlyAsync(photo);
            throw;
        }

        // Only after the account points at the new photo: a failure here leaves orphans, never a broken URL.
        if (ProfilePhotoNames.TryParse(previousUrl, userId, out var previous))
        {
            await DeleteQuietlyAsync(previous);
        }

        return new ProfilePhotoDto(photo.Url);
    }

    public async Task DeleteMyPhotoAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var userId = currentUser.GetRequiredId();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("The account");
        if (user.PhotoUrl is null)
        {
            return;
        }

        var previousUrl = user.PhotoUrl;
        user.PhotoUrl = null;
        AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
        // A URL that is not one of ours (e.g. a picture from an external sign-in) has nothing to delete.
        if (ProfilePhotoNames.TryParse(previousUrl, userId, out var previous))
        {
            await DeleteQuietlyAsync(previous);
        }
    }

    private async Task DeleteQuietlyAsync(ProfilePhotoNames photo)
    {
        foreach (var size in ProfilePhotoNames.Sizes)
        {
            try
            {
                // Not the request's token: a client hanging up must not leave half the cleanup undone.
                await blobs.DeleteAsync(PublicMedia.Container, photo.NameFor(size), CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not delete profile photo blob {Name}; it is orphaned", photo.NameFor(size));
            }
        }
    }
}
