using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using StayHub.Framework.Application;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Errors;
using StayHub.Framework.Http.Hosting;
using StayHub.Framework.Http.Security;
using StayHub.Framework.Modularity;
using StayHub.Framework.Users;
using StayHub.Framework.Http.Metrics;

namespace StayHub.Framework.Http;

/// <summary>The HTTP side of the framework: errors, current user, permissions as policies, JSON, health, OpenAPI, keys.</summary>
public sealed class FrameworkHttpModule : StayHubModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddStayHubProblemDetails();

        // Binding failures (malformed JSON, wrong content type) throw, so the exception handler answers them as Problem Details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();

        services.AddHealthChecks()
            .AddNpgSql(name: "postgresql", tags: ["ready"], timeout: TimeSpan.FromSeconds(3))
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis", tags: ["ready"], timeout: TimeSpan.FromSeconds(3));

        services.AddStayHubRateLimiting(context.Configuration);
        services.AddStayHubMetrics(context.Configuration);
        services.AddStayHubForwardedHeaders(context.Configuration);
        services.AddSingleton<ApplicationServiceEndpointRegistry>();
        services.AddApplicationService<IApiDefinitionAppService, ApiDefinitionAppService>(ServiceLifetime.Singleton);
        services.AddApplicationService<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<SecuritySchemesTransformer>();
            o.AddOperationTransformer<ApplicationServiceOperationTransformer>();
            o.AddSchemaTransformer<NullableNotRequiredSchemaTransformer>();
        });
    }
}
