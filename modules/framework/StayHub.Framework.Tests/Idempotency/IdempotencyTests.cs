using System.Net;
using System.Text.Json;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Idempotency;
using StayHub.Framework.Tests.Http;

namespace StayHub.Framework.Tests.Idempotency;

public sealed class IdempotencyTests(IdempotencyApi api) : IClassFixture<IdempotencyApi>
{
    private static string NewKey() => Guid.NewGuid().ToString();

    private static string NewRef() => "ref-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Without_the_header_every_request_runs()
    {
        var order = new OrderRequest(NewRef(), 2);
        (await api.PostAsync("/api/orders", order, key: null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = await api.PostAsync("/api/orders", order, key: null);

        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        api.Executions[order.Ref].ShouldBe(2);
    }

    [Fact]
    public async Task The_same_key_and_request_replays_the_first_response()
    {
        var order = new OrderRequest(NewRef(), 2);
        var key = NewKey();
        var first = await api.PostAsync("/api/orders", order, key);
        var second = await api.PostAsync("/api/orders", order, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        second.Content.Headers.ContentType!.ToString().ShouldBe(first.Content.Headers.ContentType!.ToString());
        second.Headers.Location.ShouldBe(first.Headers.Location);
        second.Headers.GetValues(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBe(["true"]);
        first.Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        api.Executions[order.Ref].ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_another_body_or_query_is_422()
    {
        var order = new OrderRequest(NewRef(), 2);
        var key = NewKey();
        (await api.PostAsync("/api/orders", order, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var otherBody = await api.PostAsync("/api/orders", order with { Nights = 3 }, key);
        otherBody.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await TestApi.ReadProblemAsync(otherBody)).GetProperty("code").GetString().ShouldBe(IdempotencyErrorCodes.KeyReused);

        var otherQuery = await api.PostAsync("/api/orders?coupon=x", order, key);
        otherQuery.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        api.Executions[order.Ref].ShouldBe(1);
    }

    [Fact]
    public async Task A_duplicate_while_the_first_runs_is_409_and_is_replayed_after()
    {
        api.Gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        api.SlowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new OrderRequest(NewRef(), 1);
        var key = NewKey();
        var first = api.PostAsync("/api/slow", order, key);
        await api.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var duplicate = await api.PostAsync("/api/slow", order, key);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TestApi.ReadProblemAsync(duplicate)).GetProperty("code").GetString().ShouldBe(IdempotencyErrorCodes.InProgress);

        api.Gate.SetResult();
        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        var later = await api.PostAsync("/api/slow", order, key);
        later.StatusCode.ShouldBe(HttpStatusCode.OK);
        later.Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeTrue();
        api.Executions[order.Ref].ShouldBe(1);
    }

    [Fact]
    public async Task A_5xx_is_not_stored_so_the_retry_runs_again()
    {
        var order = new OrderRequest(NewRef(), 1);
        var key = NewKey();
        (await api.PostAsync("/api/broken", order, key)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var retry = await api.PostAsync("/api/broken", order, key);
        retry.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        retry.Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        (await api.PostAsync("/api/broken", order, key)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        api.Executions[order.Ref].ShouldBe(3);
    }

    [Fact]
    public async Task A_4xx_thrown_by_the_endpoint_is_stored_and_replayed()
    {
        var order = new OrderRequest(NewRef(), 1);
        var key = NewKey();
        var first = await api.PostAsync("/api/refused", order, key);
        var second = await api.PostAsync("/api/refused", order, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TestApi.ReadProblemAsync(second)).GetProperty("code").GetString().ShouldBe("test.sold_out");
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        second.Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeTrue();
        api.Executions[order.Ref].ShouldBe(1);
    }

    [Fact]
    public async Task Keys_are_scoped_per_user()
    {
        var order = new OrderRequest(NewRef(), 1);
        var key = NewKey();
        (await api.PostAsync("/api/orders", order, key, user: "alice")).Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        (await api.PostAsync("/api/orders", order, key, user: "bob")).Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        (await api.PostAsync("/api/orders", order, key)).Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        (await api.PostAsync("/api/orders", order, key, user: "alice")).Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeTrue();

        api.Executions[order.Ref].ShouldBe(3);
    }

    [Fact]
    public async Task An_expired_key_runs_again()
    {
        var order = new OrderRequest(NewRef(), 1);
        var key = NewKey();
        (await api.PostAsync("/api/orders", order, key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        api.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));

        var again = await api.PostAsync("/api/orders", order with { Nights = 5 }, key);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        api.Executions[order.Ref].ShouldBe(2);
    }

    [Fact]
    public async Task A_key_too_long_is_400_and_endpoints_without_the_convention_ignore_the_header()
    {
        var order = new OrderRequest(NewRef(), 1);
        var tooLong = await api.PostAsync("/api/orders", order, new string('k', 256));
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TestApi.ReadProblemAsync(tooLong)).GetProperty("code").GetString().ShouldBe(IdempotencyErrorCodes.InvalidKey);
        (await api.PostAsync("/api/orders", order, new string('k', 255))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var key = NewKey();
        (await api.PostAsync("/api/plain", order, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync("/api/plain", order, key)).Headers.Contains(IdempotencyEndpointExtensions.ReplayedHeader).ShouldBeFalse();
        api.Executions[order.Ref].ShouldBe(3);
    }

    [Fact]
    public async Task The_OpenAPI_document_shows_the_optional_header_on_idempotent_endpoints_only()
    {
        using var document = JsonDocument.Parse(await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        var parameter = paths.GetProperty("/api/orders").GetProperty("post").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == IdempotencyEndpointExtensions.KeyHeader);
        parameter.GetProperty("in").GetString().ShouldBe("header");
        (!parameter.TryGetProperty("required", out var required) || !required.GetBoolean()).ShouldBeTrue("the header is optional");
        paths.GetProperty("/api/plain").GetProperty("post").TryGetProperty("parameters", out _).ShouldBeFalse();
    }
}
