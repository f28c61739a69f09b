using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StayHub.Framework.Auditing;
using StayHub.Framework.Caching;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Framework.Seeding;

namespace StayHub.Framework;

/// <summary>The infrastructure every module stands on: data source, cache, auditing, permissions, seeding.</summary>
public sealed class FrameworkModule : StayHubModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddStayHubDataSource(context.Configuration);
        services.AddStayHubCaching(context.Configuration);

        services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        services.AddSingleton<AuditLogWriter>();
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.SchemaName);

        services.AddModuleDbContext<PermissionsDbContext>(PermissionsDbContext.SchemaName);
        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<PermissionStore>();
        services.AddSingleton<IPermissionChecker>(sp => sp.GetRequiredService<PermissionStore>());
        services.AddSingleton<IPermissionManager>(sp => sp.GetRequiredService<PermissionStore>());
        services.AddScoped<IDataSeedContributor, PermissionSeedContributor>();

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<StayHubInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StayHubInitializer>());

        ValidatorOptions.Global.LanguageManager.Enabled = false;
    }
}

public static class ModuleServiceExtensions
{
    /// <summary>Registers the FluentValidation validators of a module's assembly.</summary>
    public static IServiceCollection AddModuleValidators<TMarker>(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<TMarker>(ServiceLifetime.Singleton, includeInternalTypes: true);
}
