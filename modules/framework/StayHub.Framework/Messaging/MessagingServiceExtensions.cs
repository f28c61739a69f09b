using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>Registers outboxes, integration event handlers and the dispatcher that connects them.</summary>
public static class MessagingServiceExtensions
{
    /// <summary>
    /// The dispatcher delivers <typeparamref name="TContext"/>'s outbox (the context maps
    /// <see cref="OutboxModelBuilderExtensions.AddOutboxAndInbox"/>). A SaveChanges on the context that adds outbox
    /// rows wakes the dispatcher at once, so other modules see the effect within milliseconds rather than a poll.
    /// </summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddStayHubMessaging();
        if (!services.Any(d => d.ServiceType == typeof(OutboxRegistration) && d.ImplementationInstance is OutboxRegistration r && r.ContextType == typeof(TContext)))
        {
            services.AddSingleton(new OutboxRegistration(typeof(TContext)));
            // Singleton, like the context options it adds to (AddModuleDbContext).
            services.ConfigureDbContext<TContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>()), ServiceLifetime.Singleton);
        }

        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for <typeparamref name="TEvent"/>. Each delivery runs in its
    /// own DI scope and in a transaction on <typeparamref name="TContext"/> that first inserts the (event id, handler)
    /// row into that context's inbox table: a redelivered event finds the row and is skipped. The handler writes
    /// through the same scoped <typeparamref name="TContext"/>; the dispatcher saves and commits after it returns.
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TContext>(this IServiceCollection services)
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        where TContext : DbContext
    {
        services.AddStayHubMessaging();
        var eventName = IntegrationEventTypes.NameOf(typeof(TEvent));
        services.TryAddScoped<THandler>();
        services.AddSingleton(new IntegrationEventHandlerRegistration(
            typeof(TEvent),
            eventName,
            typeof(THandler),
            typeof(TContext),
            (provider, integrationEvent, cancellationToken) =>
                provider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken)));
        return services;
    }

    /// <summary>The dispatcher, its options (section <c>Messaging</c>) and its background service; idempotent.</summary>
    public static IServiceCollection AddStayHubMessaging(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(OutboxDispatcher)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.MaxConcurrency >= 1 && o.PollInterval > TimeSpan.Zero && o.RetryDelay >= TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay,
                "Messaging: MaxAttempts, BatchSize and MaxConcurrency must be >= 1, PollInterval > 0, 0 <= RetryDelay <= MaxRetryDelay.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.AddSingleton<OutboxPeerRinger>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDispatcher>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IHostedService, OutboxBackgroundService>();
        services.AddSingleton<IHostedService, OutboxPeerListener>();
        return services;
    }
}
