using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Errors;
using StayHub.Framework.Http.Errors;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Http.Security;
using StayHub.Framework.Idempotency;
using StayHub.Framework.Persistence;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.Idempotency;

public sealed record OrderRequest(string Ref, int Nights);

/// <summary>
/// A minimal in-memory host with the idempotency middleware where <c>UseStayHub</c> puts it, on a throwaway
/// PostgreSQL database migrated with the real idempotency migration. <c>X-Test-User</c> stands in for a token.
/// </summary>
public sealed class IdempotencyApi : IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private readonly string databaseName = "stayhub_test_idem_" + Guid.NewGuid().ToString("N")[..12];
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>How often each order reference was really executed.</summary>
    public ConcurrentDictionary<string, int> Executions { get; } = new();

    /// <summary>Holds <c>/api/slow</c> until a test releases it.</summary>
    public TaskCompletionSource Gate { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowStarted { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, databaseName);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;
        builder.Services.AddStayHubProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddStayHubDataSource(builder.Configuration);
        builder.Services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        builder.Services.AddSingleton<EntityChangeAuditInterceptor>();
        builder.Services.AddStayHubIdempotencyStore();
        builder.Services.AddOpenApi();

        app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Database.MigrateAsync();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var user))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(StayHubClaims.Subject, user.ToString())], "test"));
            }

            return next(context);
        });
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapOpenApi();

        var api = app.MapGroup("/api");
        api.MapPost("/orders", (OrderRequest request) =>
        {
            var n = Executions.AddOrUpdate(request.Ref, 1, (_, c) => c + 1);
            return TypedResults.Created($"/api/orders/{request.Ref}", new { request.Ref, execution = n, at = Guid.NewGuid() });
        }).WithIdempotency();
        api.MapPost("/plain", (OrderRequest request) => TypedResults.Ok(new { execution = Executions.AddOrUpdate(request.Ref, 1, (_, c) => c + 1) }));
        api.MapPost("/slow", async (OrderRequest request) =>
        {
            Executions.AddOrUpdate(request.Ref, 1, (_, c) => c + 1);
            SlowStarted.TrySetResult();
            await Gate.Task;
            return TypedResults.Ok(new { request.Ref });
        }).WithIdempotency();
        api.MapPost("/broken", IResult (OrderRequest request) =>
        {
            var n = Executions.AddOrUpdate(request.Ref, 1, (_, c) => c + 1);
            return n == 1 ? throw new InvalidOperationException("boom") : TypedResults.StatusCode(503);
        }).WithIdempotency();
        api.MapPost("/refused", IResult (OrderRequest request) =>
        {
            Executions.AddOrUpdate(request.Ref, 1, (_, c) => c + 1);
            throw new StayHubException(ErrorKind.Conflict, "test.sold_out", "Sold out.");
        }).WithIdempotency();

        await app.StartAsync();
        Client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, databaseName);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? key, string? user = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyEndpointExtensions.KeyHeader, key);
        }

        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        return Client.SendAsync(request);
    }
}
