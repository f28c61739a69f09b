using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts;

/// <summary>The signed-in user's preferences: currency, language and per-channel notification opt-outs.</summary>
[ApplicationService("api/account/me/preferences", Tag = "Account")]
public interface IPreferencesAppService : IApplicationService
{
    /// <summary>Currency, language and notification opt-outs.</summary>
    Task<PreferencesDto> GetMyPreferencesAsync(CancellationToken cancellationToken);

    /// <summary>Replace the preferences (all fields required).</summary>
    Task<PreferencesDto> UpdateMyPreferencesAsync(PreferencesDto request, CancellationToken cancellationToken);
}
