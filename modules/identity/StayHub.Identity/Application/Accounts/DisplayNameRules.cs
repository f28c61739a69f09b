using FluentValidation;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Accounts;

/// <summary>What a display name must be, wherever one is set (registration, profile).</summary>
internal static class DisplayNameRules
{
    /// <summary>
    /// Present, at most <see cref="AppUser.DisplayNameMaxLength"/> characters, not blank, and free of the invisible
    /// characters that let one name pass for another in a host's or an admin's list: bidirectional overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and zero-width spaces and joiners of no
    /// script (U+200B, U+2060–U+2064, U+FEFF). ZWNJ and ZWJ (U+200C, U+200D) stay: Persian and Indic names and emoji
    /// sequences need them.
    /// </summary>
    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(AppUser.DisplayNameMaxLength)
            .Must(n => n is null || n.Trim().Length > 0).WithMessage("'Display Name' must not be blank.")
            .Must(n => n is null || !n.Any(IsInvisibleTrick)).WithMessage("'Display Name' must not contain invisible direction or zero-width characters.");

    internal static bool IsInvisibleTrick(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
            or '\u200B' or (>= '\u2060' and <= '\u2064') or '\uFEFF';
}
