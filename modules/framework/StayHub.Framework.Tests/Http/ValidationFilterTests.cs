using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Http.Validation;

namespace StayHub.Framework.Tests.Http;

public sealed class ValidationFilterTests(TestApi api) : IClassFixture<TestApi>
{
    private static string[] ErrorKeys(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Invalid_body_is_400_validation_failed_with_camelCase_errors()
    {
        using var response = await api.PostJsonAsync("/api/bookings", """{"name":"","guests":0}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await TestApi.ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("validation_failed");
        ErrorKeys(problem).ShouldBe(["name", "guests"], ignoreOrder: true);
        problem.GetProperty("errors").GetProperty("guests")[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Nested_property_errors_use_a_camelCase_path()
    {
        using var response = await api.PostJsonAsync("/api/bookings", """{"name":"Ada","guests":2,"address":{"city":""}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ErrorKeys(await TestApi.ReadProblemAsync(response)).ShouldBe(["address.city"]);
    }

    [Fact]
    public async Task Valid_body_reaches_the_handler()
    {
        using var response = await api.PostJsonAsync("/api/bookings", """{"name":"Ada","guests":2}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"received":"Ada"}""");
    }

    [Fact]
    public async Task Malformed_json_is_400_request_malformed()
    {
        using var response = await api.PostJsonAsync("/api/bookings", """{"name":"Ada","guests":""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await TestApi.ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("request.malformed");
        problem.TryGetProperty("errors", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Json_of_the_wrong_type_is_400_request_malformed()
    {
        using var response = await api.PostJsonAsync("/api/bookings", """{"name":"Ada","guests":"two"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TestApi.ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe("request.malformed");
    }

    [Fact]
    public async Task Wrong_content_type_is_415_unsupported_media_type()
    {
        using var content = new StringContent("""{"name":"Ada","guests":2}""", Encoding.UTF8, "text/plain");

        using var response = await api.Client.PostAsync(new Uri("/api/bookings", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await TestApi.ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe("request.unsupported_media_type");
    }

    [Fact]
    public async Task Missing_optional_body_is_reported_on_the_body_field()
    {
        using var content = new ByteArrayContent([]);
        content.Headers.ContentType = new("application/json");

        using var response = await api.Client.PostAsync(new Uri("/api/optional", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await TestApi.ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("validation_failed");
        ErrorKeys(problem).ShouldBe(["body"]);
    }

    [Fact]
    public async Task Arguments_without_a_validator_are_not_checked()
    {
        using var response = await api.PostJsonAsync("/api/unvalidated", """{"city":""}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Factory_adds_no_filter_when_no_argument_has_a_validator()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var context = new EndpointFilterFactoryContext
        {
            MethodInfo = typeof(ValidationFilterTests).GetMethod(nameof(Handler), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!,
            ApplicationServices = services,
        };
        EndpointFilterDelegate next = _ => ValueTask.FromResult<object?>(null);

        ValidationFilter.Factory(context, next).ShouldBeSameAs(next);
    }

    private static string Handler(string name, int count) => $"{name}{count}";
}
