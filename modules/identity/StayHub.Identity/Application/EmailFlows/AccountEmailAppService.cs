using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Application.Sessions;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.EmailFlows;

/// <summary>
/// Email confirmation and password reset. Nothing here tells a caller whether an address has an account:
/// requests for email always succeed alike, and every unusable token (wrong, used, expired, other purpose,
/// unknown email) gets the one answer <see cref="IdentityErrorCodes.InvalidToken"/>.
/// </summary>
internal sealed class AccountEmailAppService(
    UserManager<AppUser> users,
    IdentityDbContext db,
    AccountTokenService tokens,
    AccountMailer mailer,
    SessionRevoker sessions) : IAccountEmailAppService
{
    public async Task ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is { } user)
        {
            await mailer.SendPasswordResetAsync(user, cancellationToken);
        }
    }

    public async Task ResendConfirmationEmailAsync(ResendConfirmationRequest request, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is { EmailConfirmed: false } user)
        {
            await mailer.SendConfirmationAsync(user, cancellationToken);
        }
    }

    public async Task ConfirmEmailAsync(ConfirmEmailRequest request, CancellationToken cancellationToken)
    {
        var (user, tokenId) = await FindTokenAsync(request.Email, request.Token, AccountTokenPurpose.ConfirmEmail, cancellationToken);
        await RedeemAsync(tokenId, async _ =>
        {
            user.EmailConfirmed = true;
            AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
        }, cancellationToken);
    }

    public async Task ResetPasswordAsync(ResetPasswordRequest request, CancellationToken cancellationToken)
    {
        var (user, tokenId) = await FindTokenAsync(request.Email, request.Token, AccountTokenPurpose.ResetPassword, cancellationToken);
        // Policy first, token second: a rejected password must not burn the link.
        await ValidatePasswordAsync(user, request.NewPassword);
        await RedeemAsync(tokenId, async ct =>
        {
            user.PasswordHash = users.PasswordHasher.HashPassword(user, request.NewPassword);
            // A new stamp ends every existing sign-in: the refresh grant compares it (TokenEndpoints).
            user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            // The link reached this mailbox, which proves the address as well as a confirmation link would.
            user.EmailConfirmed = true;
            AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
            await tokens.InvalidateAllAsync(user.Id, AccountTokenPurpose.ResetPassword, ct);
            // The stamp only stops refresh grants; revoking the entries refuses the access tokens at once too.
            await sessions.RevokeAllAsync(user.Id, ct);
        }, cancellationToken);
    }

    private async Task<(AppUser User, Guid TokenId)> FindTokenAsync(string email, string token, string purpose, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        var tokenId = user is null ? null : await tokens.FindUsableAsync(user.Id, purpose, token.Trim(), cancellationToken);
        return user is not null && tokenId is { } id ? (user, id) : throw InvalidToken();
    }

    private async Task ValidatePasswordAsync(AppUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["newPassword"] = [.. errors] });
        }
    }

    /// <summary>
    /// Consumes the token and applies the change in one transaction: if the change fails, the token is still good;
    /// if another request consumed it first, nothing changes. Run under the retrying execution strategy, which
    /// requires the transaction to be opened inside it.
    /// </summary>
    private async Task RedeemAsync(Guid tokenId, Func<CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await tokens.TryConsumeAsync(tokenId, ct))
            {
                throw InvalidToken();
            }

            await change(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private static StayHubException InvalidToken() => new(
        ErrorKind.BadRequest,
        IdentityErrorCodes.InvalidToken,
        "This link is invalid or has expired. Ask for a new email.");
}
