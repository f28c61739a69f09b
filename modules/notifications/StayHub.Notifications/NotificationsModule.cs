using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StayHub.Booking.Contracts;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.Emailing;
using StayHub.Framework.Jobs;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Notifications.Application;
using StayHub.Notifications.Application.Events;
using StayHub.Notifications.Application.Push;
using StayHub.Notifications.Application.Reminders;
using StayHub.Notifications.Application.Services;
using StayHub.Notifications.Application.Templates;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Persistence;
using StayHub.Payments.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Notifications;

/// <summary>
/// Email and in-app notifications for booking, payment and review events: durable rows (one per event, recipient and
/// channel), emails through the durable email outbox, preferences and languages respected, check-in reminders.
/// </summary>
public sealed class NotificationsModule : StayHubModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.SchemaName);
        services.AddEmailOutbox<NotificationsDbContext>();
        services.TryAddSingleton<INotificationPusher, NullNotificationPusher>();
        services.AddSingleton<NotificationPushInterceptor>();
        services.ConfigureDbContext<NotificationsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<NotificationPushInterceptor>()), ServiceLifetime.Singleton);

        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.SectionName)
            .Configure<IConfiguration>((o, configuration) =>
            {
                // One check-in time for the whole platform: booking's setting, so reminders and refunds agree.
                if (TimeOnly.TryParse(configuration["Booking:CheckInTime"], System.Globalization.CultureInfo.InvariantCulture, out var checkIn))
                {
                    o.CheckInTime = checkIn;
                }
            })
            .Validate(o => o.ReminderLead > TimeSpan.Zero && o.ReminderJobInterval > TimeSpan.Zero,
                "Notifications__ReminderLead and Notifications__ReminderJobInterval must be positive.")
            .ValidateOnStart();

        services.AddSingleton<NotificationTexts>();
        services.AddScoped<Notifier>();
        services.AddScoped<BookingFacts>();
        services.AddScoped<PeopleLookup>();
        services.AddScoped<CheckInReminders>();
        services.AddIntegrationEventHandler<BookingRequested, BookingEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<BookingApproved, BookingEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<BookingConfirmed, BookingEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<BookingCancelled, BookingEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<BookingCompleted, BookingEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<PaymentSucceeded, PaymentEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<PaymentFailed, PaymentEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<PaymentRefunded, PaymentEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<PayoutPaid, PaymentEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<PayoutFailed, PaymentEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<ReviewPublished, ReviewEventsHandler, NotificationsDbContext>();
        services.AddIntegrationEventHandler<ReviewReplyPosted, ReviewEventsHandler, NotificationsDbContext>();
        var configured = context.Configuration.GetSection(NotificationsOptions.SectionName).Get<NotificationsOptions>() ?? new NotificationsOptions();
        services.AddStayHubJob<CheckInReminderJob>(CheckInReminderJob.Key, configured.ReminderJobInterval);

        services.AddApplicationService<INotificationAppService, NotificationAppService>();
        services.AddApplicationService<INotificationDeliveryAdminAppService, NotificationDeliveryAdminAppService>();
        services.AddSingleton<IPermissionDefinitionProvider, NotificationsPermissionDefinitionProvider>();
        services.AddModuleValidators<NotificationsModule>();
    }
}
