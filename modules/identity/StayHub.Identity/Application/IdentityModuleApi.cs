using Microsoft.AspNetCore.Identity;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application;

/// <summary>The identity module's public read surface for other modules.</summary>
internal sealed class IdentityModuleApi(UserManager<AppUser> users) : IIdentityModule
{
    public async Task<UserInfo?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await ToInfoAsync(await users.FindByIdAsync(userId.ToString()));
    }

    public async Task<UserInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await ToInfoAsync(await users.FindByEmailAsync(email));
    }

    private async Task<UserInfo?> ToInfoAsync(AppUser? user)
    {
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return new UserInfo(user.Id, user.DisplayName, user.Email!, user.PhotoUrl, [.. roles]);
    }

    public async Task<PreferencesDto?> GetPreferencesAsync(Guid userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? null : Preferences.PreferencesAppService.ToDto(user.Preferences);
    }
}
