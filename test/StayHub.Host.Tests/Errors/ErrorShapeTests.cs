using System.Net;
using System.Net.Http.Headers;
using System.Text;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Errors;

[Collection(HostCollection.Name)]
public sealed class ErrorShapeTests(HostFixture host)
{
    private const string Register = "/api/account/register";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static void ShouldCarrySecurityHeaders(HttpResponseMessage response)
    {
        response.Headers.TryGetValues("X-Content-Type-Options", out var sniff).ShouldBeTrue("X-Content-Type-Options missing");
        sniff.ShouldBe(["nosniff"]);
        response.Headers.TryGetValues("X-Frame-Options", out var frame).ShouldBeTrue("X-Frame-Options missing");
        frame.ShouldBe(["DENY"]);
    }

    private static async Task<Problem> ShouldBeProblemWithHeadersAsync(HttpResponseMessage response, HttpStatusCode status, string? code)
    {
        var problem = await response.ShouldBeProblemAsync(status, code);
        ShouldCarrySecurityHeaders(response);
        return problem;
    }

    [Fact]
    public async Task Malformed_json_is_400_request_malformed()
    {
        using var response = await host.CreateClient().PostAsync(Register, Json("""{"email": "a@b.test", "password": """));

        var problem = await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest);
        problem.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Json_of_the_wrong_type_is_400_request_malformed()
    {
        using var response = await host.CreateClient().PostAsync(Register, Json("""{"email": 5, "password": "Quiet-Meadow-Lantern-42", "displayName": "Ada"}"""));

        var problem = await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest);
        problem.Raw.ShouldNotContain("System.");
    }

    [Fact]
    public async Task Json_array_instead_of_an_object_is_400()
    {
        using var response = await host.CreateClient().PostAsync(Register, Json("[1, 2, 3]"));

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest);
    }

    [Fact]
    public async Task Empty_json_body_is_400()
    {
        using var response = await host.CreateClient().PostAsync(Register, Json(string.Empty));

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, code: null);
    }

    [Fact]
    public async Task Json_null_body_is_400()
    {
        using var response = await host.CreateClient().PostAsync(Register, Json("null"));

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, code: null);
    }

    [Fact]
    public async Task Missing_required_members_are_400()
    {
        using var response = await host.CreateClient().PostAsync(Register, Json("{}"));

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, code: null);
    }

    [Fact]
    public async Task Missing_body_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Register);
        request.Content = new ByteArrayContent([]);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Content.Headers.ContentLength = 0;

        using var response = await host.CreateClient().SendAsync(request);

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, code: null);
    }

    [Fact]
    public async Task Text_plain_is_415_unsupported_media_type()
    {
        using var response = await host.CreateClient().PostAsync(
            Register,
            new StringContent("""{"email":"a@b.test","password":"Quiet-Meadow-Lantern-42","displayName":"Ada"}""", Encoding.UTF8, "text/plain"));

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_413_too_large()
    {
        var padding = new string('x', (1024 * 1024) + 16);
        var body = Encoding.UTF8.GetBytes($$"""{"email":"big@example.test","password":"Quiet-Meadow-Lantern-42","displayName":"{{padding}}"}""");
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = body.Length;

        using var response = await host.CreateClient().PostAsync(Register, content);

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestTooLarge);
        (await host.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE email = 'big@example.test'")).ShouldBe(0);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_not_refused_for_size()
    {
        // Well-formed JSON under 1 MB: refused by validation (display name too long), not by the size limit.
        var padding = new string('x', 1000 * 1000);
        using var response = await host.CreateClient().PostAsync(
            Register,
            Json($$"""{"email":"{{Guid.NewGuid():N}}@example.test","password":"Quiet-Meadow-Lantern-42","displayName":"{{padding}}"}"""));

        var problem = await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["displayName"]);
    }

    [Theory]
    [InlineData("/api/does-not-exist")]
    [InlineData("/api/account/nowhere")]
    [InlineData("/nothing-here")]
    public async Task Unknown_route_is_404_not_found(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Wrong_method_is_405_method_not_allowed()
    {
        using var response = await host.CreateClient().DeleteAsync(Register);

        await ShouldBeProblemWithHeadersAsync(response, HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed);
    }

    [Fact]
    public async Task Unauthorized_and_forbidden_problems_carry_the_security_headers()
    {
        using (var unauthorized = await host.CreateClient().GetAsync("/api/account/me"))
        {
            await ShouldBeProblemWithHeadersAsync(unauthorized, HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        }

        var guest = await host.CreateUserAsync();
        using var forbidden = await guest.Client.GetAsync("/api/admin/users");
        await ShouldBeProblemWithHeadersAsync(forbidden, HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Validation_problem_has_title_detail_and_a_trace_id_that_differs_per_request()
    {
        var client = host.CreateClient();
        using var first = await client.PostAsync(Register, Json("""{"email":"","password":"","displayName":""}"""));
        using var second = await client.PostAsync(Register, Json("""{"email":"","password":"","displayName":""}"""));

        var one = await ShouldBeProblemWithHeadersAsync(first, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var two = await ShouldBeProblemWithHeadersAsync(second, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        one.Title.ShouldNotBeNullOrWhiteSpace();
        one.TraceId.ShouldNotBe(two.TraceId);
        one.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Success_responses_carry_the_security_headers_too()
    {
        using var response = await host.CreateClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldCarrySecurityHeaders(response);
    }
}
