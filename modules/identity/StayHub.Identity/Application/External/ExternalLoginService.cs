using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Application.Sessions;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.External;

/// <summary>
/// Finds the StayHub account for an external sign-in: by the provider login, else by a verified email
/// (linking), else a new guest account. Runs in one transaction, so a failure leaves no half-created user.
/// </summary>
internal sealed class ExternalLoginService(UserManager<AppUser> users, IdentityDbContext db, TimeProvider clock, SessionRevoker sessions)
{
    public async Task<AppUser> SignInAsync(ExternalIdentity external, CancellationToken cancellationToken)
    {
        var user = await users.FindByLoginAsync(external.Provider, external.ProviderKey)
            ?? await LinkOrCreateAsync(external, cancellationToken);
        if (await users.IsLockedOutAsync(user))
        {
            throw new StayHubException(ErrorKind.Forbidden, IdentityErrorCodes.AccountLocked, "The account is locked.");
        }

        return user;
    }

    private async Task<AppUser> LinkOrCreateAsync(ExternalIdentity external, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(external.Email))
        {
            throw new StayHubException(ErrorKind.BadRequest, IdentityErrorCodes.ExternalEmailRequired,
                "The provider did not share an email address; allow StayHub to see your email and try again.");
        }

        var login = new UserLoginInfo(external.Provider, external.ProviderKey, external.Provider);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = await users.FindByEmailAsync(external.Email);
            if (user is not null)
            {
                if (!external.EmailVerified)
                {
                    throw new ConflictException(IdentityErrorCodes.ExternalEmailUnverified,
                        "An account with this email exists. Sign in with your password; the provider does not confirm that the email is yours.");
                }

                if (!user.EmailConfirmed)
                {
                    // Whoever registered this unconfirmed account may not own the address: the provider proved
                    // the real owner is here, so the squatter's password must stop working.
                    AccountAppService.ThrowIfFailed(await users.RemovePasswordAsync(user));
                    user.EmailConfirmed = true;
                    AccountAppService.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
                    await sessions.RevokeAllAsync(user.Id, ct);
                }
            }
            else
            {
                user = new AppUser
                {
                    UserName = external.Email,
                    Email = external.Email,
                    EmailConfirmed = external.EmailVerified,
                    DisplayName = DisplayNameFor(external),
                    CreatedAt = clock.GetUtcNow(),
                };
                AccountAppService.ThrowIfFailed(await users.CreateAsync(user));
                AccountAppService.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.Guest));
            }

            AccountAppService.ThrowIfFailed(await users.AddLoginAsync(user, login));
            await transaction.CommitAsync(ct);
            return user;
        }, cancellationToken);
    }

    private static string DisplayNameFor(ExternalIdentity external)
    {
        var name = string.IsNullOrWhiteSpace(external.Name) ? external.Email!.Split('@')[0] : external.Name.Trim();
        return name.Length <= AppUser.DisplayNameMaxLength ? name : name[..AppUser.DisplayNameMaxLength];
    }
}
