using Microsoft.AspNetCore.Identity;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Tokens;

internal enum CredentialResult
{
    Valid,
    Invalid,
    LockedOut,
}

/// <summary>
/// Checks email + password with Identity's lockout: every failure counts, and a locked account refuses
/// even the right password until the lockout ends. Unknown emails cost a hash too, so timing does not tell.
/// </summary>
internal sealed class CredentialValidator(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody" };
    private static string? dummyHash;

    public async Task<(CredentialResult Result, AppUser? User)> ValidateAsync(string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, dummyHash, password ?? string.Empty);
            return (CredentialResult.Invalid, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (CredentialResult.LockedOut, user);
        }

        // CheckPasswordAsync also re-hashes passwords stored with fewer PBKDF2 iterations than configured.
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return (await users.IsLockedOutAsync(user) ? CredentialResult.LockedOut : CredentialResult.Invalid, user);
        }

        if (await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return (CredentialResult.Valid, user);
    }
}
