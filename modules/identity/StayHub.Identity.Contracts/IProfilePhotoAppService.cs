using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts;

/// <summary>The signed-in user's profile photo.</summary>
[ApplicationService("api/account/me/photo", Tag = "Account")]
public interface IProfilePhotoAppService : IApplicationService
{
    /// <summary>
    /// Set the profile photo: multipart field 'file', JPEG/PNG/WebP by content, at most 5 MB and 40 megapixels.
    /// Re-encoded to 512 and 128 px WebP without metadata; the previous photo is deleted.
    /// </summary>
    [Put("")]
    [ProducesErrors(409, 413)]
    Task<ProfilePhotoDto> UploadMyPhotoAsync([Upload("file", UploadLimits.PhotoRequestBytes)] RemoteStreamContent file, CancellationToken cancellationToken);

    /// <summary>Remove the profile photo and delete its files; answers 204 also when there was none.</summary>
    Task DeleteMyPhotoAsync(CancellationToken cancellationToken);
}
