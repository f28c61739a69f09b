using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts;

/// <summary>A person's own account: sign up, read and edit the profile, become a host.</summary>
[ApplicationService("api/account", Tag = "Account")]
public interface IAccountAppService : IApplicationService
{
    /// <summary>Create an account; new users are guests.</summary>
    [Anonymous]
    [RateLimited(RateLimitPolicies.Auth)]
    [Created("/api/account/me")]
    [ProducesErrors(409)]
    [ProducesErrorCodes(IdentityErrorCodes.EmailTaken)]
    Task<ProfileDto> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken);

    /// <summary>The signed-in user's profile.</summary>
    [Get("me")]
    Task<ProfileDto> GetMyProfileAsync(CancellationToken cancellationToken);

    /// <summary>Edit display name, bio and phone number (email, roles and id are not writable here).</summary>
    [Put("me")]
    [ProducesErrorCodes(IdentityErrorCodes.ConcurrentChange)]
    Task<ProfileDto> UpdateMyProfileAsync(UpdateProfileRequest request, CancellationToken cancellationToken);

    /// <summary>Add the host role; refresh the access token to use it.</summary>
    [Post("become-host")]
    [ProducesErrors(409)]
    [ProducesErrorCodes(IdentityErrorCodes.AlreadyInRole)]
    Task<ProfileDto> BecomeHostAsync(CancellationToken cancellationToken);
}
