using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using StayHub.Framework.Seeding;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Application.Tokens;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StayHub.Identity.Seeding;

/// <summary>Roles, the first-party client, token keys, the configured admin and (optionally) demo users. Idempotent.</summary>
internal sealed class IdentityDataSeeder(
    IdentityDbContext db,
    ServerKeyRing keyRing,
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    IOpenIddictApplicationManager applications,
    IOptions<AdminAccountOptions> admin,
    IOptions<SeedOptions> seed,
    IOptions<FirstPartyClientOptions> client,
    TimeProvider clock) : IDataSeedContributor
{
    public const string FirstPartyClientId = "stayhub-app";

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await keyRing.LoadOrCreateAsync(db, cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                AccountService.ThrowIfFailed(await roles.CreateAsync(new AppRole(role)));
            }
        }

        await EnsureClientAsync(cancellationToken);

        if (admin.Value is { Email: { Length: > 0 } adminEmail, Password: { Length: > 0 } adminPassword })
        {
            await EnsureUserAsync(adminEmail, adminPassword, "Administrator", [Roles.Guest, Roles.Admin]);
        }

        if (seed.Value.Demo)
        {
            await EnsureUserAsync(DemoAccounts.GuestEmail, DemoAccounts.Password, "Gina Guest", [Roles.Guest]);
            await EnsureUserAsync(DemoAccounts.HostEmail, DemoAccounts.Password, "Hugo Host", [Roles.Guest, Roles.Host]);
        }
    }

    private async Task EnsureClientAsync(CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = FirstPartyClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "StayHub first-party apps",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.Password,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in client.Value.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        foreach (var uri in client.Value.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        var existing = await applications.FindByClientIdAsync(FirstPartyClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    private async Task EnsureUserAsync(string email, string password, string displayName, string[] roleNames)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Cannot create the account {email} (check Admin__Email / Admin__Password): {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
        }

        foreach (var role in roleNames)
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                AccountService.ThrowIfFailed(await users.AddToRoleAsync(user, role));
            }
        }
    }
}
