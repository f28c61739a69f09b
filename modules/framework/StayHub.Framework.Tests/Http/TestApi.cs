using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Http.Errors;
using StayHub.Framework.Http.Hosting;
using StayHub.Framework.Http.Validation;

namespace StayHub.Framework.Tests.Http;

public sealed record BookingRequest(string? Name, int Guests, AddressRequest? Address);

public sealed record AddressRequest(string? City);

internal sealed class BookingRequestValidator : AbstractValidator<BookingRequest>
{
    public BookingRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty();
        RuleFor(x => x.Guests).InclusiveBetween(1, 10);
        RuleFor(x => x.Address!.City).NotEmpty().When(x => x.Address is not null);
    }
}

/// <summary>
/// A minimal in-memory host with the framework's error pipeline in the same order as <c>UseStayHub</c>,
/// without the modules that need PostgreSQL or Redis.
/// </summary>
public sealed class TestApi : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddStayHubProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton<IValidator<BookingRequest>, BookingRequestValidator>();

        app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestLimitsMiddleware>();

        var api = app.MapGroup("/api").AddEndpointFilterFactory(ValidationFilter.Factory);
        api.MapPost("/bookings", (BookingRequest request) => TypedResults.Ok(new { received = request.Name }));
        api.MapPost("/optional", (BookingRequest? request) => TypedResults.Ok(new { received = request?.Name }));
        api.MapPost("/unvalidated", (AddressRequest request) => TypedResults.Ok(new { received = request.City }));
        api.MapPost("/large", (BookingRequest request) => TypedResults.Ok()).WithMetadata(new RequestSizeLimitMetadata(4 * 1024 * 1024));
        api.MapPost("/unlimited", (BookingRequest request) => TypedResults.Ok()).WithMetadata(new RequestSizeLimitMetadata(null));
        api.MapGet("/ping", () => TypedResults.Ok("pong"));
        app.MapGet("/scalar/v1", () => TypedResults.Ok("docs"));

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
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = document.RootElement.Clone();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    private sealed class RequestSizeLimitMetadata(long? limit) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => limit;
    }
}
