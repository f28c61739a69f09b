using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StayHub.Framework.Admin;
using StayHub.Framework.Application;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Auditing;
using StayHub.Framework.Contracts.Auditing;
using StayHub.Framework.Blobs;
using StayHub.Framework.Caching;
using StayHub.Framework.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using StayHub.Framework.Emailing;
using StayHub.Framework.Imaging;
using StayHub.Framework.Idempotency;
using StayHub.Framework.Jobs;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Framework.RequestStats;
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
        services.AddStayHubBlobs().AddStayHubImaging();
        services.AddStayHubEmailing();

        services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName)
            .Validate(o => o.QueueCapacity >= 1 && o.MaxBatchSize >= 1 && o.MaxAttempts >= 1 && o.RetryDelay >= TimeSpan.Zero,
                "Auditing: QueueCapacity, MaxBatchSize and MaxAttempts must be at least 1, RetryDelay not negative.")
            .Validate(o => o.Retention >= TimeSpan.FromHours(1) && o.RetentionBatchSize >= 1 && o.RetentionInterval > TimeSpan.Zero,
                "Auditing__Retention must be at least an hour, Auditing__RetentionBatchSize at least 1, Auditing__RetentionInterval positive.")
            .ValidateOnStart();
        services.AddApplicationService<IAuditLogAppService, AuditLogAppService>();
        services.AddApplicationService<IAdminStatsAppService, AdminStatsAppService>();
        // The schedule is fixed at registration, before options exist as a service: read the same section once.
        var auditing = context.Configuration.GetSection(AuditOptions.SectionName).Get<AuditOptions>() ?? new AuditOptions();
        services.AddStayHubJob<AuditRetentionJob>(AuditRetentionJob.Key, auditing.RetentionInterval > TimeSpan.Zero ? auditing.RetentionInterval : TimeSpan.FromHours(1));
        services.AddSingleton<AuditLogWriter>();
        // Registered before the modules' services, so it stops after the web server has drained its requests.
        services.AddHostedService(sp => sp.GetRequiredService<AuditLogWriter>());
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.SchemaName);
        services.AddStayHubRequestStats(context.Configuration);

        // Keys in PostgreSQL (durable, shared by every node): cookies, tokens and encrypted columns read anywhere.
        services.AddModuleDbContext<DataProtectionKeysDbContext>(DataProtectionKeysDbContext.SchemaName);
        services.AddDataProtection()
            .SetApplicationName("StayHub")
            .PersistKeysToDbContext<DataProtectionKeysDbContext>();
        services.AddSingleton<IPiiProtector, PiiProtector>();

        services.AddModuleDbContext<PermissionsDbContext>(PermissionsDbContext.SchemaName);
        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<PermissionStore>();
        services.AddSingleton<IPermissionChecker>(sp => sp.GetRequiredService<PermissionStore>());
        services.AddSingleton<IPermissionManager>(sp => sp.GetRequiredService<PermissionStore>());
        services.AddScoped<IDataSeedContributor, PermissionSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, FrameworkPermissionDefinitionProvider>();

        services.AddStayHubMessaging();
        services.AddStayHubIdempotencyStore();
        services.AddStayHubScheduler(context.Configuration);

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<StayHubInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StayHubInitializer>());

        services.AddModuleValidators<FrameworkModule>();
        ValidatorOptions.Global.LanguageManager.Enabled = false;
    }
}
