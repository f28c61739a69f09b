using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.DataProtection;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Framework.Seeding;
using StayHub.Identity.Application;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Application.EmailFlows;
using StayHub.Identity.Application.Photos;
using StayHub.Identity.Application.External;
using StayHub.Identity.Application.Preferences;
using StayHub.Identity.Application.Sessions;
using StayHub.Identity.Application.Tokens;
using StayHub.Identity.Application.Permissions;
using StayHub.Identity.Application.Users;
using StayHub.Identity.Contracts.Permissions;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;
using StayHub.Identity.Seeding;
using StayHub.Framework.Contracts.Admin;
using StayHub.Identity.Application.Stats;

namespace StayHub.Identity;

/// <summary>Accounts, roles, credentials and the token store: ASP.NET Core Identity and OpenIddict's core on PostgreSQL.</summary>
public sealed class IdentityModule : StayHubModule
{
    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512; Identity's default is 100,000.</summary>
    public const int PasswordHashIterations = 210_000;

    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddModuleDbContext<IdentityDbContext>(IdentityDbContext.SchemaName,
            o => o.ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>());

        var lockout = context.Configuration.GetSection(SignInLockoutOptions.SectionName).Get<SignInLockoutOptions>() ?? new SignInLockoutOptions();
        if (lockout.FailuresPerAddress < 1 || lockout.FailuresPerAccount < lockout.FailuresPerAddress || lockout.Duration <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                "Identity__Lockout__FailuresPerAddress must be at least 1, Identity__Lockout__FailuresPerAccount at least as large, and Identity__Lockout__Duration positive.");
        }

        services.AddSingleton(Options.Create(lockout));
        services.AddSingleton<SignInFailureCounter>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                // Account-wide lockout only at a high count; the low per-address one is SignInFailureCounter's.
                o.Lockout.MaxFailedAccessAttempts = lockout.FailuresPerAccount;
                o.Lockout.DefaultLockoutTimeSpan = lockout.Duration;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddPasswordValidator<PasswordPolicyValidator>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);

        services.AddOpenIddict().AddCore(o =>
        {
            o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>().ReplaceDefaultEntities<Guid>();
            // OpenIddict's entity cache lives in each node's memory and is only evicted by that node's own
            // updates (bulk revocations evict nothing): another node would keep finding a revoked token valid.
            // Every access token is checked against its entry (docs/adr/0029), so the store is read each time.
            o.DisableEntityCaching();
        });

        services.AddOptions<AdminAccountOptions>().BindConfiguration("Admin")
            .Validate(o => string.IsNullOrWhiteSpace(o.Email) == string.IsNullOrWhiteSpace(o.Password),
                "Admin__Email and Admin__Password must be given together (configuration keys Admin:Email and Admin:Password).")
            .Validate(o => string.IsNullOrWhiteSpace(o.Email) || o.Email.Contains('@', StringComparison.Ordinal),
                "Admin__Email (configuration key Admin:Email) must be an email address.")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration("Seed");
        services.AddOptions<FirstPartyClientOptions>().BindConfiguration("Identity:Clients:StayHubApp")
            .Validate(o => o.RedirectUris.All(u => Uri.TryCreate(u, UriKind.Absolute, out _)),
                "Identity__Clients__StayHubApp__RedirectUris (configuration key Identity:Clients:StayHubApp:RedirectUris) must hold absolute URIs.")
            .ValidateOnStart();
        services.AddOptions<FirstPartyClientOptions>(FirstPartyClientOptions.AdminConsole).BindConfiguration("Identity:Clients:StayHubAdmin")
            .Validate(o => o.RedirectUris.Concat(o.PostLogoutRedirectUris).All(u => Uri.TryCreate(u, UriKind.Absolute, out _)),
                "Identity__Clients__StayHubAdmin__RedirectUris and __PostLogoutRedirectUris (configuration keys Identity:Clients:StayHubAdmin:*) must hold absolute URIs.")
            .ValidateOnStart();

        services.AddSingleton<ServerKeyRing>();
        services.AddScoped<CredentialValidator>();
        services.AddScoped<SessionRevoker>();
        services.AddScoped<SignInRecorder>();
        services.AddApplicationService<IAccountAppService, AccountAppService>();
        services.AddOptions<EmailTokenOptions>().BindConfiguration(EmailTokenOptions.SectionName)
            .Validate(o => o.ConfirmEmail > TimeSpan.Zero && o.ResetPassword > TimeSpan.Zero,
                "Identity__EmailTokens__ConfirmEmail and Identity__EmailTokens__ResetPassword (configuration keys Identity:EmailTokens:*) must be positive.")
            .ValidateOnStart();
        services.AddScoped<AccountTokenService>();
        services.AddScoped<AccountMailer>();
        services.AddApplicationService<IAccountEmailAppService, AccountEmailAppService>();
        services.AddApplicationService<IProfilePhotoAppService, ProfilePhotoAppService>();
        services.AddApplicationService<IUserAdminAppService, UserAdminAppService>();
        services.AddApplicationService<IPermissionAdminAppService, PermissionAdminAppService>();
        services.AddScoped<IAdminStatsContributor, IdentityStatsContributor>();
        services.AddScoped<ExternalLoginService>();
        services.AddApplicationService<IPreferencesAppService, PreferencesAppService>();
        services.AddScoped<IIdentityModule, IdentityModuleApi>();
        services.AddScoped<IDataSeedContributor, IdentityDataSeeder>();
        services.AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitionProvider>();
        services.AddModuleValidators<IdentityModule>();
    }
}
