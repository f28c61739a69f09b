using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.Jobs;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Framework.Seeding;
using StayHub.Reviews.Application;
using StayHub.Reviews.Application.Admin;
using StayHub.Reviews.Application.Aggregates;
using StayHub.Reviews.Application.Eligibility;
using StayHub.Reviews.Application.Publishing;
using StayHub.Reviews.Application.Reviews;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Persistence;
using StayHub.Reviews.Seeding;

namespace StayHub.Reviews;

/// <summary>Double-blind reviews of completed bookings, host replies, moderation, and the rating totals listings shows.</summary>
public sealed class ReviewsModule : StayHubModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddModuleDbContext<ReviewsDbContext>(ReviewsDbContext.SchemaName);
        services.AddOutbox<ReviewsDbContext>();
        services.AddOptions<ReviewsOptions>().BindConfiguration(ReviewsOptions.SectionName)
            .Validate(o => o.Window > TimeSpan.Zero && o.PublishInterval > TimeSpan.Zero,
                "Reviews__Window and Reviews__PublishInterval (configuration keys Reviews:Window, Reviews:PublishInterval) must be positive.")
            .ValidateOnStart();

        services.AddScoped<ListingAggregates>();
        services.AddScoped<ReviewPublishing>();
        services.AddScoped<ReviewMapper>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<ReviewMaintenance>();
        services.AddScoped<ReviewableStays>();
        services.AddApplicationService<IReviewAppService, ReviewAppService>();
        services.AddApplicationService<IReviewAdminAppService, ReviewAdminAppService>();

        services.AddIntegrationEventHandler<BookingRequested, BookingRequestedHandler, ReviewsDbContext>();
        services.AddIntegrationEventHandler<BookingConfirmed, BookingConfirmedHandler, ReviewsDbContext>();
        services.AddIntegrationEventHandler<BookingCompleted, BookingCompletedHandler, ReviewsDbContext>();
        services.AddIntegrationEventHandler<BookingCancelled, BookingCancelledHandler, ReviewsDbContext>();

        // The schedule is fixed at registration, before options exist as a service: read the same section once.
        var configured = context.Configuration.GetSection(ReviewsOptions.SectionName).Get<ReviewsOptions>() ?? new ReviewsOptions();
        services.AddStayHubJob<PublishDueReviewsJob>(PublishDueReviewsJob.Key, configured.PublishInterval);

        services.AddScoped<IDataSeedContributor, DemoReviewsSeeder>();
        services.AddSingleton<IPermissionDefinitionProvider, ReviewsPermissionDefinitionProvider>();
        services.AddModuleValidators<ReviewsModule>();
    }
}
