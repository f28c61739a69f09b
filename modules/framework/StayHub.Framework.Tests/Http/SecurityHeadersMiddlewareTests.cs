using System.Net;

namespace StayHub.Framework.Tests.Http;

public sealed class SecurityHeadersMiddlewareTests(TestApi api) : IClassFixture<TestApi>
{
    private const string DataOnlyPolicy = "default-src 'none'; frame-ancestors 'none'";

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Fact]
    public async Task Successful_answer_is_not_sniffed_framed_or_scripted()
    {
        using var response = await api.Client.GetAsync(new Uri("/api/ping", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Content-Security-Policy").ShouldBe(DataOnlyPolicy);
        Header(response, "Referrer-Policy").ShouldBe("no-referrer");
    }

    [Fact]
    public async Task Problem_answers_from_the_exception_handler_carry_the_headers_too()
    {
        using var response = await api.PostJsonAsync("/api/bookings", """{"name":"","guests":0}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Content-Security-Policy").ShouldBe(DataOnlyPolicy);
    }

    [Fact]
    public async Task Unknown_route_carries_the_headers()
    {
        using var response = await api.Client.GetAsync(new Uri("/nowhere", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "Content-Security-Policy").ShouldBe(DataOnlyPolicy);
    }

    [Fact]
    public async Task Interactive_docs_get_no_restrictive_policy_but_keep_the_other_headers()
    {
        using var response = await api.Client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "Content-Security-Policy").ShouldBeNull();
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
    }
}
