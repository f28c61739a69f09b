using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
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
using StayHub.Framework.Seeding;

namespace StayHub.Framework;

public static class ModuleServiceExtensions
{
    /// <summary>Registers the FluentValidation validators of a module's assembly.</summary>
    public static IServiceCollection AddModuleValidators<TMarker>(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<TMarker>(ServiceLifetime.Singleton, includeInternalTypes: true);
}
