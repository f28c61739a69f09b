using Microsoft.AspNetCore.Identity;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Accounts;

/// <summary>
/// Length over composition (NIST 800-63B, OWASP ASVS): Identity enforces at least 10 characters with some
/// variety; this adds the checks composition rules miss — a password that is the email or the site name.
/// </summary>
internal sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    private static readonly string[] Banned = ["password", "stayhub", "qwerty", "123456", "letmein"];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lowered = password.ToLowerInvariant();
        var local = user.Email?.Split('@')[0].ToLowerInvariant();
        if ((local is { Length: >= 3 } && lowered.Contains(local, StringComparison.Ordinal))
            || Banned.Any(b => lowered.Replace("0", "o", StringComparison.Ordinal).StartsWith(b, StringComparison.Ordinal) && lowered.Length < b.Length + 6))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooGuessable",
                Description = "Choose a password that does not contain your email or a common word.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
