using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StayHub.Framework.Errors;
using StayHub.Framework.Users;
using StayHub.Identity.Application.EmailFlows;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Framework.Text;

namespace StayHub.Identity.Application.Accounts;

internal sealed class AccountAppService(UserManager<AppUser> users, ICurrentUser currentUser, TimeProvider clock, AccountMailer mailer) : IAccountAppService
{
    public async Task<ProfileDto> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException(IdentityErrorCodes.EmailTaken, "An account with this email already exists.");
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        await CreateAsync(users, user, request.Password, Roles.Guest);
        await mailer.SendConfirmationAsync(user, cancellationToken);
        return await ToProfileAsync(user);
    }

    public async Task<ProfileDto> GetMyProfileAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await ToProfileAsync(await GetCurrentAsync());
    }

    public async Task<ProfileDto> UpdateMyProfileAsync(UpdateProfileRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await GetCurrentAsync();
        user.DisplayName = request.DisplayName.Trim();
        user.Bio = request.Bio.TrimmedOrNull();
        user.PhoneNumber = request.PhoneNumber.TrimmedOrNull();
        ThrowIfFailed(await users.UpdateAsync(user));
        return await ToProfileAsync(user);
    }

    public async Task<ProfileDto> BecomeHostAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await GetCurrentAsync();
        if (await users.IsInRoleAsync(user, Roles.Host))
        {
            throw new ConflictException(IdentityErrorCodes.AlreadyInRole, "You are already a host.");
        }

        // Two racing requests: the loser hits the user_roles key or the concurrency stamp; both mean "already a host".
        IdentityResult added;
        try
        {
            added = await users.AddToRoleAsync(user, Roles.Host);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConflictException(IdentityErrorCodes.AlreadyInRole, "You are already a host.");
        }

        if (!added.Succeeded && added.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.ConcurrencyFailure) or nameof(IdentityErrorDescriber.UserAlreadyInRole)))
        {
            throw new ConflictException(IdentityErrorCodes.AlreadyInRole, "You are already a host.");
        }

        ThrowIfFailed(added);
        return await ToProfileAsync(user);
    }

    /// <summary>Creates a user with a password and a role; policy failures become field errors on <c>password</c>.</summary>
    internal static async Task CreateAsync(UserManager<AppUser> users, AppUser user, string password, string role)
    {
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // The check before CreateAsync lost a race with another sign-up; the unique index decided.
            throw new ConflictException(IdentityErrorCodes.EmailTaken, "An account with this email already exists.");
        }

        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                throw new ConflictException(IdentityErrorCodes.EmailTaken, "An account with this email already exists.");
            }

            ThrowIfFailed(created);
        }

        ThrowIfFailed(await users.AddToRoleAsync(user, role));
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private async Task<AppUser> GetCurrentAsync() =>
        await users.FindByIdAsync(currentUser.GetRequiredId().ToString()) ?? throw new NotFoundException("The account");

    private async Task<ProfileDto> ToProfileAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return new ProfileDto(user.Id, user.Email!, user.DisplayName, user.Bio, user.PhoneNumber, user.PhotoUrl, [.. roles.Order(StringComparer.Ordinal)]);
    }

    internal static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : e.Code.StartsWith("Concurrency", StringComparison.Ordinal) ? "concurrency"
                : "account")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        if (errors.ContainsKey("concurrency"))
        {
            throw new ConflictException(IdentityErrorCodes.ConcurrentChange, "The account was changed by another request; retry.");
        }

        throw new RequestValidationException(errors);
    }
}
