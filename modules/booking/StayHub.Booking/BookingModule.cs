using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Application;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Application.Calendar;
using StayHub.Booking.Application.Maintenance;
using StayHub.Booking.Application.Payments;
using StayHub.Booking.Contracts;
using StayHub.Booking.Persistence;
using StayHub.Booking.Seeding;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.Jobs;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Framework.Seeding;
using StayHub.Payments.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Booking.Application.Stats;

namespace StayHub.Booking;

/// <summary>Quotes, bookings and host blocks (one stays table under one no-overlap constraint), statuses and refunds.</summary>
public sealed class BookingModule : StayHubModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddModuleDbContext<BookingDbContext>(BookingDbContext.SchemaName);
        services.AddOutbox<BookingDbContext>();

        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.SectionName)
            .Validate(o => o.PendingTtl > TimeSpan.Zero && o.RequestTtl > TimeSpan.Zero,
                "Booking__PendingTtl and Booking__RequestTtl (configuration keys Booking:PendingTtl, Booking:RequestTtl) must be positive.")
            .Validate(o => o.MaxAdvance >= TimeSpan.FromDays(1),
                "Booking__MaxAdvance (configuration key Booking:MaxAdvance) must be at least one day.")
            .ValidateOnStart();

        services.AddScoped<StayEvaluator>();
        services.AddApplicationService<IBookingAppService, BookingAppService>();
        services.AddApplicationService<IBookingAdminAppService, BookingAdminAppService>();
        services.AddScoped<IAdminStatsContributor, BookingStatsContributor>();
        services.AddScoped<BookingListService>();
        services.AddScoped<BookingMaintenance>();
        services.AddScoped<IBookingModule, BookingModuleApi>();
        services.AddScoped<IBookingPayments, BookingPayments>();
        services.AddIntegrationEventHandler<PaymentSucceeded, PaymentSucceededHandler, BookingDbContext>();
        // Expiry runs often so held dates free up within a minute of their deadline; completion is not urgent.
        services.AddStayHubJob<ExpirePendingBookingsJob>(ExpirePendingBookingsJob.Key, TimeSpan.FromMinutes(1));
        services.AddStayHubJob<CompleteStaysJob>(CompleteStaysJob.Key, TimeSpan.FromMinutes(15));
        services.AddScoped<IDataSeedContributor, DemoStaysSeeder>();
        services.AddSingleton<IPermissionDefinitionProvider, BookingPermissionDefinitionProvider>();
        services.AddModuleValidators<BookingModule>();
    }
}
