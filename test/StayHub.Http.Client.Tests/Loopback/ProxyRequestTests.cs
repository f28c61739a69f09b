using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>What the proxy puts on the wire for each binding, and how it reads answers, against a loopback stand-in.</summary>
public sealed class ProxyRequestTests : IDisposable
{
    private readonly LoopbackServer server = new();

    [Fact]
    public async Task Body_is_json_with_the_server_options_and_201_is_read()
    {
        var id = Guid.NewGuid();
        server.On("/api/probes", _ => LoopbackServer.Json(201, new ProbeDto(id, "n", ProbeKind.VeryLoud)));
        using var client = server.CreateClient();

        var created = await client.GetRequiredService<IProbeAppService>()
            .CreateProbeAsync(new ProbeInput("n", new DateOnly(2027, 3, 4), ProbeKind.VeryLoud, null), CancellationToken.None);

        created.ShouldBe(new ProbeDto(id, "n", ProbeKind.VeryLoud));
        var request = server.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        LoopbackServer.Header(request, "Content-Type")!.ShouldStartWith("application/json");
        using var body = JsonDocument.Parse(request.Body!);
        body.RootElement.GetProperty("name").GetString().ShouldBe("n");
        body.RootElement.GetProperty("day").GetString().ShouldBe("2027-03-04");
        body.RootElement.GetProperty("kind").GetString().ShouldBe("veryLoud");
        body.RootElement.GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
        Guid.TryParse(LoopbackServer.Header(request, "Idempotency-Key"), out _).ShouldBeTrue();
        LoopbackServer.Header(request, "Authorization").ShouldBeNull("an anonymous client sends no token");
    }

    [Fact]
    public async Task Path_values_are_escaped_and_simple_query_values_formatted_invariantly()
    {
        server.On("/api/probes/by-name/*", _ => LoopbackServer.Json(200, new ProbeDto(Guid.Empty, "a/b c", ProbeKind.Plain)));
        using var client = server.CreateClient();

        var found = await client.GetRequiredService<IProbeAppService>().FindProbeAsync("a/b c?", new DateOnly(2027, 1, 2), null, CancellationToken.None);

        found.ShouldNotBeNull().Name.ShouldBe("a/b c");
        var request = server.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("GET");
        request.AbsoluteUrl.ShouldContain("/api/probes/by-name/a%2Fb", Case.Sensitive, "'/' escaped: one path segment");
        request.AbsoluteUrl.ShouldContain("c%3F?day=", Case.Sensitive, "'?' escaped: still the path");
        Query(request).ShouldBe(new Dictionary<string, string> { ["day"] = "2027-01-02" }, "null tag omitted, date as yyyy-MM-dd");
    }

    [Fact]
    public async Task A_query_record_becomes_one_camelCase_entry_per_non_null_field()
    {
        server.On("/api/probes", _ => LoopbackServer.Json(200, new CursorPage<ProbeDto>([], "next")));
        using var client = server.CreateClient();

        var page = await client.GetRequiredService<IProbeAppService>()
            .ListProbesAsync(new ProbeQuery("x y", new DateOnly(2027, 12, 31), 5, ProbeKind.VeryLoud, true), CancellationToken.None);
        await client.GetRequiredService<IProbeAppService>().ListProbesAsync(new ProbeQuery(null, null, null, null, null), CancellationToken.None);

        page.NextCursor.ShouldBe("next");
        server.Requests[0].Path.ShouldBe("/api/probes");
        Query(server.Requests[0]).ShouldBe(new Dictionary<string, string>
        {
            ["q"] = "x y", ["from"] = "2027-12-31", ["pageSize"] = "5", ["kind"] = "veryLoud", ["open"] = "true",
        });
        server.Requests[1].AbsoluteUrl.ShouldEndWith("/api/probes", Case.Sensitive, "every field null: no query at all");
    }

    [Fact]
    public async Task A_stream_travels_as_multipart_under_the_upload_field()
    {
        server.On("/api/probes/*/file", _ => LoopbackServer.Json(200, new ProbeDto(Guid.Empty, "f", ProbeKind.Plain)));
        using var client = server.CreateClient();
        var id = Guid.NewGuid();

        await using var file = new RemoteStreamContent(new MemoryStream("hello"u8.ToArray()), "hi.txt", "text/plain");
        await client.GetRequiredService<IProbeAppService>().UpdateProbeFileAsync(id, file, CancellationToken.None);

        var request = server.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("PUT");
        request.Path.ShouldBe($"/api/probes/{id}/file");
        LoopbackServer.Header(request, "Content-Type")!.ShouldStartWith("multipart/form-data");
        request.Body.ShouldNotBeNull();
        request.Body.ShouldContain("name=file");
        request.Body.ShouldContain("filename=hi.txt");
        request.Body.ShouldContain("hello");
    }

    [Fact]
    public async Task A_task_without_result_accepts_204_and_a_value_task_reads_its_value()
    {
        server.On("/api/probes/*", r => r.Method == "DELETE" ? LoopbackServer.Status(204)
            : r.Path == "/api/probes/count" ? LoopbackServer.Json(200, 42) : LoopbackServer.Status(500));
        using var client = server.CreateClient();
        var probes = client.GetRequiredService<IProbeAppService>();

        await probes.DeleteProbeAsync(Guid.NewGuid(), CancellationToken.None);
        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(42);
    }

    [Fact]
    public async Task Problem_details_become_a_remote_exception_with_status_code_errors_and_trace()
    {
        server.On("/api/probes/*", _ => LoopbackServer.Problem(400, "validation_failed", new Dictionary<string, string[]> { ["name"] = ["Name is required."] }));
        using var client = server.CreateClient();

        var error = await Should.ThrowAsync<StayHubRemoteException>(() =>
            client.GetRequiredService<IProbeAppService>().GetProbeAsync(Guid.NewGuid(), CancellationToken.None));

        error.Status.ShouldBe(400);
        error.Code.ShouldBe("validation_failed");
        error.TraceId.ShouldBe("00-trace-01");
        error.Detail.ShouldBe("detail of validation_failed");
        error.Errors["name"].ShouldBe(["Name is required."]);
        server.Requests.Count.ShouldBe(1, "a 400 is not transient");
    }

    [Fact]
    public async Task A_non_json_error_keeps_its_status_with_a_generic_code()
    {
        server.On("/api/probes/*", _ => new WireMock.ResponseMessage { StatusCode = 404 });
        using var client = server.CreateClient();

        var error = await Should.ThrowAsync<StayHubRemoteException>(() =>
            client.GetRequiredService<IProbeAppService>().GetProbeAsync(Guid.NewGuid(), CancellationToken.None));

        error.Status.ShouldBe(404);
        error.Code.ShouldBe("http.404");
    }

    public void Dispose() => server.Dispose();

    private static Dictionary<string, string> Query(WireMock.IRequestMessage request) =>
        (request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()).ToDictionary(kv => kv.Key, kv => kv.Value.ToString()!);
}
