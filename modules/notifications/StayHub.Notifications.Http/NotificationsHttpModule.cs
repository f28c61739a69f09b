using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Modularity;
using StayHub.Framework.Modularity;
using StayHub.Notifications.Application.Push;
using StayHub.Notifications.Contracts;

namespace StayHub.Notifications.Http;

/// <summary>Notification routes and the SignalR hub, scaled out over the Redis backplane.</summary>
public sealed class NotificationsHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(NotificationsModule), typeof(FrameworkHttpModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        // Same prefix as the cache keys: deployments (and parallel test hosts) sharing a Redis never hear each other.
        var prefix = context.Configuration["Cache:KeyPrefix"] ?? "stayhub:";
        // A connection of its own, not the cache's shared multiplexer: the backplane disposes its connection when the
        // host stops, and must not take the cache's down with it (or find it already disposed).
        var redis = context.Configuration.GetConnectionString("Redis")
            ?? throw new InvalidOperationException("Configuration key 'ConnectionStrings:Redis' (env ConnectionStrings__Redis) is required.");
        services.AddSignalR().AddStackExchangeRedis(redis, o =>
        {
            o.Configuration.AbortOnConnectFail = false;
            // Fail at once while Redis is away rather than hold a push in the backlog for the command timeout (ADR 0030).
            o.Configuration.BacklogPolicy = BacklogPolicy.FailFast;
            o.Configuration.ChannelPrefix = RedisChannel.Literal(prefix + "signalr:");
        });
        services.Replace(ServiceDescriptor.Singleton<INotificationPusher, SignalRNotificationPusher>());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationService<INotificationAppService>();
        endpoints.MapApplicationService<INotificationDeliveryAdminAppService>();
        endpoints.MapHub<NotificationHub>(NotificationHubContract.Path);
    }
}
