using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Framework.Seeding;
using StayHub.Listings.Application;
using StayHub.Listings.Application.Amenities;
using StayHub.Listings.Application.Calendar;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Application.Photos;
using StayHub.Listings.Application.Projection;
using StayHub.Listings.Application.Ratings;
using StayHub.Listings.Application.Search;
using StayHub.Listings.Contracts;
using StayHub.Listings.Persistence;
using StayHub.Listings.Seeding;
using StayHub.Reviews.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Listings.Application.Stats;

namespace StayHub.Listings;

/// <summary>Hosts' listings: details, photos, calendar prices, the amenity catalog and search's availability projection.</summary>
public sealed class ListingsModule : StayHubModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddSingleton<IDataSourceConfigurator, NetTopologySuiteDataSourceConfigurator>();
        services.AddModuleDbContext<ListingsDbContext>(ListingsDbContext.SchemaName, ListingsDbContext.UseNetTopologySuite);

        services.AddSingleton<ListingCache>();
        services.AddScoped<ListingAccess>();
        services.AddApplicationService<IListingAppService, ListingAppService>();
        services.AddApplicationService<IListingAdminAppService, ListingAdminAppService>();
        services.AddApplicationService<IListingPhotoAppService, ListingPhotoAppService>();
        services.AddApplicationService<ICalendarAppService, CalendarAppService>();
        services.AddApplicationService<IAmenityAppService, AmenityAppService>();
        services.AddScoped<IAdminStatsContributor, ListingStatsContributor>();
        // Stateless (a data source and a cache), so one instance serves every search.
        services.AddApplicationService<IListingSearchAppService, ListingSearchAppService>(ServiceLifetime.Singleton);
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName)
            .Validate(o => o.CacheDuration >= TimeSpan.Zero && o.CacheDuration <= TimeSpan.FromMinutes(1),
                "Listings__Search__CacheDuration (configuration key Listings:Search:CacheDuration) must be from 00:00:00 to 00:01:00.")
            .ValidateOnStart();
        services.AddScoped<IListingsModule, ListingsModuleApi>();

        services.AddIntegrationEventHandler<StayReserved, StayReservedHandler, ListingsDbContext>();
        services.AddIntegrationEventHandler<StayReleased, StayReleasedHandler, ListingsDbContext>();
        services.AddIntegrationEventHandler<ListingRatingChanged, ListingRatingChangedHandler, ListingsDbContext>();
        services.AddSingleton<ListingEvictionInterceptor>();
        // Singleton, like the context options it adds to (AddModuleDbContext).
        services.ConfigureDbContext<ListingsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ListingEvictionInterceptor>()), ServiceLifetime.Singleton);

        services.AddScoped<IDataSeedContributor, AmenitySeeder>();
        services.AddScoped<IDataSeedContributor, DemoListingsSeeder>();
        services.AddSingleton<IPermissionDefinitionProvider, ListingsPermissionDefinitionProvider>();
        services.AddModuleValidators<ListingsModule>();
    }
}
