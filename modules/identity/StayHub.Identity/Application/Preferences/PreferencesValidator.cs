using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Framework.Users;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.Preferences;

internal sealed class PreferencesValidator : AbstractValidator<PreferencesDto>
{
    public PreferencesValidator()
    {
        RuleFor(x => x.Currency).NotEmpty().Must(Currencies.IsSupported)
            .WithMessage("Currency must be a supported ISO 4217 code in upper case, e.g. USD, EUR, JPY.");
        RuleFor(x => x.Language).NotEmpty().Must(l => l is not null && SupportedLanguages.All.Contains(l.ToLowerInvariant()))
            .WithMessage($"Language must be one of: {string.Join(", ", SupportedLanguages.All)}.");
        RuleFor(x => x.Notifications).NotNull();
        RuleFor(x => x.Notifications.Email).NotNull().When(x => x.Notifications is not null);
        RuleFor(x => x.Notifications.InApp).NotNull().When(x => x.Notifications is not null);
    }
}
