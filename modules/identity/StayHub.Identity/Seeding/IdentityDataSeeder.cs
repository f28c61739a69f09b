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
    IOptionsMonitor<FirstPartyClientOptions> clients,
    TimeProvider clock) : IDataSeedContributor
{
    public const string FirstPartyClientId = "stayhub-app";

    /// <summary>The web console at /admin: code + PKCE only (no password grant), its own redirect URIs.</summary>
    public const string AdminConsoleClientId = "stayhub-admin";

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await keyRing.LoadOrCreateAsync(db, cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                AccountAppService.ThrowIfFailed(await roles.CreateAsync(new AppRole(role)));
            }
        }

        await EnsureClientAsync(FirstPartyClientId, "StayHub first-party apps", clients.Get(Options.DefaultName), passwordGrant: true, cancellationToken);
        await EnsureClientAsync(
            AdminConsoleClientId, "StayHub admin console", clients.Get(FirstPartyClientOptions.AdminConsole), passwordGrant: false, cancellationToken);

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

    private async Task EnsureClientAsync(
        string clientId, string displayName, FirstPartyClientOptions options, bool passwordGrant, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (passwordGrant)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.Password);
        }

        foreach (var uri in options.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        foreach (var uri in options.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
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
                AccountAppService.ThrowIfFailed(await users.AddToRoleAsync(user, role));
            }
        }
    }
}
