using Microsoft.AspNetCore.Identity;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Tokens;

/// <summary>
/// Checks email + password against two locks: <see cref="SignInLockoutOptions.FailuresPerAddress"/> failures close the
/// account to that client address (the guesser is stopped, the owner signing in from elsewhere is not), and
/// Identity's account-wide lockout catches guessing spread over many addresses at a much higher count. Every path
/// costs one password hash — unknown emails and locked accounts included — so timing tells none of them apart.
/// </summary>
internal sealed class CredentialValidator(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInFailureCounter failures)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody" };
    private static string? dummyHash;

    public async Task<(CredentialResult Result, AppUser? User)> ValidateAsync(string? email, string? password, string clientAddress)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password) || user.PasswordHash is null)
        {
            dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, dummyHash, password ?? string.Empty);
            return (CredentialResult.Invalid, null);
        }

        if (await users.IsLockedOutAsync(user) || await failures.IsClosedAsync(user, clientAddress))
        {
            // The same work as a real check, and nothing counted: a locked account must not answer faster.
            hasher.VerifyHashedPassword(user, user.PasswordHash, password);
            return (CredentialResult.LockedOut, user);
        }

        // CheckPasswordAsync also re-hashes passwords stored with fewer PBKDF2 iterations than configured.
        if (!await users.CheckPasswordAsync(user, password))
        {
            var closed = await failures.FailAsync(user, clientAddress);
            await users.AccessFailedAsync(user);
            return (closed || await users.IsLockedOutAsync(user) ? CredentialResult.LockedOut : CredentialResult.Invalid, user);
        }

        await failures.ResetAsync(user, clientAddress);
        if (await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return (CredentialResult.Valid, user);
    }
}
