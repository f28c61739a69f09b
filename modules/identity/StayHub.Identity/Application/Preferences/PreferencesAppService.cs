using Microsoft.AspNetCore.Identity;
using StayHub.Framework.Errors;
using StayHub.Framework.Users;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Preferences;

internal sealed class PreferencesAppService(UserManager<AppUser> users, ICurrentUser currentUser) : IPreferencesAppService
{
    public async Task<PreferencesDto> GetMyPreferencesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ToDto((await CurrentAsync()).Preferences);
    }

    public async Task<PreferencesDto> UpdateMyPreferencesAsync(PreferencesDto request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await CurrentAsync();
        user.Preferences = new UserPreferences
        {
            Currency = request.Currency,
            Language = request.Language.ToLowerInvariant(),
            Email = FromDto(request.Notifications.Email),
            InApp = FromDto(request.Notifications.InApp),
        };
        AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
        return ToDto(user.Preferences);
    }

    internal static PreferencesDto ToDto(UserPreferences p) =>
        new(p.Currency, p.Language, new NotificationPreferencesDto(ToDto(p.Email), ToDto(p.InApp)));

    private static ChannelPreferencesDto ToDto(ChannelPreferences c) => new(c.Bookings, c.Messages, c.Reviews, c.Marketing);

    private static ChannelPreferences FromDto(ChannelPreferencesDto c) =>
        new() { Bookings = c.Bookings, Messages = c.Messages, Reviews = c.Reviews, Marketing = c.Marketing };

    private async Task<AppUser> CurrentAsync() =>
        await users.FindByIdAsync(currentUser.GetRequiredId().ToString()) ?? throw new NotFoundException("The account");
}
