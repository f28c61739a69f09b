using System.Net;
using System.Text;
using StayHub.Framework.Http.Hosting;

namespace StayHub.Framework.Tests.Http;

public sealed class RequestLimitsMiddlewareTests(TestApi api) : IClassFixture<TestApi>
{
    private const int OneMegabyte = 1024 * 1024;

    /// <summary>A valid booking body padded with whitespace to exactly <paramref name="length"/> bytes.</summary>
    private static ByteArrayContent JsonOfLength(int length)
    {
        var json = Encoding.UTF8.GetBytes("""{"name":"Ada","guests":2}""");
        var body = new byte[length];
        json.CopyTo(body, 0);
        body.AsSpan(json.Length).Fill((byte)' ');
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return content;
    }

    [Fact]
    public void Default_limit_is_one_megabyte()
    {
        RequestLimitsMiddleware.DefaultMaxBodyBytes.ShouldBe(OneMegabyte);
    }

    [Fact]
    public async Task Declared_body_over_one_megabyte_is_413_request_too_large()
    {
        using var content = JsonOfLength(OneMegabyte + 1);

        using var response = await api.Client.PostAsync(new Uri("/api/bookings", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await TestApi.ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("request.too_large");
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(OneMegabyte.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Body_of_exactly_one_megabyte_is_accepted()
    {
        using var content = JsonOfLength(OneMegabyte);

        using var response = await api.Client.PostAsync(new Uri("/api/bookings", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Endpoint_declaring_a_larger_limit_accepts_a_larger_body()
    {
        using var content = JsonOfLength(2 * OneMegabyte);

        using var response = await api.Client.PostAsync(new Uri("/api/large", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Endpoint_declaring_a_larger_limit_still_refuses_beyond_it()
    {
        using var content = JsonOfLength((4 * OneMegabyte) + 1);

        using var response = await api.Client.PostAsync(new Uri("/api/large", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await TestApi.ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe("request.too_large");
    }

    [Fact]
    public async Task Endpoint_that_disables_the_limit_accepts_a_body_over_one_megabyte()
    {
        using var content = JsonOfLength(2 * OneMegabyte);

        using var response = await api.Client.PostAsync(new Uri("/api/unlimited", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
