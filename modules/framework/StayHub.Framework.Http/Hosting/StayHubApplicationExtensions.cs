using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Contracts.Auditing;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Auditing;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Http.Media;
using StayHub.Framework.Http.Metrics;
using StayHub.Framework.Http.Modularity;
using StayHub.Framework.Http.RequestStats;
using StayHub.Framework.Http.Validation;
using StayHub.Framework.Modularity;

namespace StayHub.Framework.Http.Hosting;

public static class StayHubApplicationExtensions
{
    /// <summary>Loads the root modules and their dependencies and lets each register its services, dependencies first.</summary>
    public static WebApplicationBuilder AddStayHubModules(this WebApplicationBuilder builder, params Type[] rootModules)
    {
        var modules = ModuleLoader.Load([typeof(FrameworkHttpModule), .. rootModules]);
        var context = new ModuleContext(builder.Services, builder.Configuration, builder.Environment);
        foreach (var module in modules)
        {
            module.ConfigureServices(context);
        }

        builder.Services.AddSingleton(new ModuleCatalog(modules));
        return builder;
    }

    /// <summary>The request pipeline every StayHub host shares, then each module's endpoints.</summary>
    public static WebApplication UseStayHub(this WebApplication app)
    {
        app.UseStayHubForwardedHeaders(app.Configuration);

        // Outermost (after the client address is known), so the figures and the row record the final status code.
        app.UseMiddleware<RequestStatsMiddleware>();
        app.UseMiddleware<AuditMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<PrivateResponseCacheMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRouting();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseMiddleware<RequestCharsetMiddleware>();
        app.UseMiddleware<HubAccessTokenMiddleware>();
        app.UseAuthentication();
        // After authentication, so the global budget is per user when there is one.
        app.UseRateLimiter();
        app.UseAuthorization();
        // After authorization (keys are per user; refused requests never take one), inside the exception handler.
        app.UseMiddleware<IdempotencyMiddleware>();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealth }).AllowAnonymous().DisableRateLimiting().ExcludeFromRequestRecords();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealth }).AllowAnonymous().DisableRateLimiting().ExcludeFromRequestRecords();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("StayHub API")).AllowAnonymous();
        app.MapMediaEndpoints();
        app.MapStayHubMetrics(app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value);

        var root = app.MapGroup(string.Empty).AddEndpointFilterFactory(ValidationFilter.Factory);
        root.MapApplicationService<IApiDefinitionAppService>();
        root.MapApplicationService<IApplicationConfigurationAppService>();
        root.MapApplicationService<IAuditLogAppService>();
        root.MapApplicationService<IAdminStatsAppService>();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules.OfType<StayHubHttpModule>())
        {
            module.MapEndpoints(root);
        }

        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
