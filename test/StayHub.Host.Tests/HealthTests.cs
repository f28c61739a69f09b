using System.Net;
using System.Text.Json;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class HealthTests(HostFixture host)
{
    [Fact]
    public async Task Ready_checks_postgresql_and_redis()
    {
        using var response = await host.CreateClient().GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = json.RootElement.GetProperty("checks");
        checks.GetProperty("postgresql").GetString().ShouldBe("Healthy");
        checks.GetProperty("redis").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Live_answers_without_dependencies()
    {
        using var response = await host.CreateClient().GetAsync("/health/live");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_account_routes()
    {
        var body = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(body);
        var paths = json.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/account/register", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/account/me", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/admin/users", out _).ShouldBeTrue();
    }
}
