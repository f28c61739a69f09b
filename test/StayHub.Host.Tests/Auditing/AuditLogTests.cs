using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Auditing;

[Collection(HostCollection.Name)]
public sealed class AuditLogTests(HostFixture host)
{
    private const string RegisterPath = "/api/account/register";
    private const string MePath = "/api/account/me";
    private static readonly IPAddress CallerIp = IPAddress.Parse("203.0.113.77");

    [Fact]
    public async Task Register_writes_one_row_with_request_facts_and_the_added_user()
    {
        var email = $"audit-{Guid.NewGuid():N}@example.test";
        var started = DateTimeOffset.UtcNow;

        // Through the TestServer directly, to give the request a remote IP as Kestrel would.
        var context = await host.Server.SendAsync(c =>
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new RegisterRequest(email, "Amber-Window-Falcon-17", "Audited Person"), ApiAssertions.JsonOptions);
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = RegisterPath;
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
            c.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
            c.Features.Set<IRequestBodyPipeFeature>(new RequestBodyPipeFeature(c));
            c.Request.Headers.UserAgent = "AuditProbe/1.0";
            c.Connection.RemoteIpAddress = CallerIp;
        });
        using var reader = new StreamReader(context.Response.Body);
        var responseBody = await reader.ReadToEndAsync();
        context.Response.StatusCode.ShouldBe(StatusCodes.Status201Created, responseBody);
        var profile = JsonSerializer.Deserialize<ProfileDto>(responseBody, ApiAssertions.JsonOptions)!;

        var rows = await AuditRows.WaitAsync(host, 1, "path = @path and entity_changes @> @change::jsonb", ("path", RegisterPath), ("change", AddedUser(profile.Id)));

        var row = rows.ShouldHaveSingleItem();
        row.GetProperty("http_method").GetString().ShouldBe("POST");
        row.GetProperty("path").GetString().ShouldBe(RegisterPath);
        row.GetProperty("status_code").GetInt32().ShouldBe(201);
        row.GetProperty("duration_ms").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        var createdAt = row.GetProperty("created_at").GetDateTimeOffset();
        createdAt.ShouldBeGreaterThan(started.AddSeconds(-5));
        createdAt.ShouldBeLessThan(DateTimeOffset.UtcNow.AddSeconds(5));
        row.GetProperty("client_ip").GetString().ShouldBe(CallerIp.ToString());
        row.GetProperty("user_agent").GetString().ShouldBe("AuditProbe/1.0");
        row.GetProperty("user_id").ValueKind.ShouldBe(JsonValueKind.Null, "registration is anonymous");
        row.GetProperty("trace_id").GetString().ShouldNotBeNullOrWhiteSpace();
        row.GetProperty("error_code").ValueKind.ShouldBe(JsonValueKind.Null);

        var changes = AuditRows.Changes(row);
        var added = changes.Where(c => Is(c, "AppUser", "Added")).ShouldHaveSingleItem();
        added.GetProperty("EntityId").GetString().ShouldBe(profile.Id.ToString());
        added.GetProperty("Properties").ValueKind.ShouldBe(JsonValueKind.Array);
        changes.ShouldContain(
            c => c.GetProperty("EntityType").GetString()!.StartsWith("IdentityUserRole", StringComparison.Ordinal)
                && c.GetProperty("ChangeType").GetString() == "Added"
                && c.GetProperty("EntityId").GetString()!.StartsWith(profile.Id.ToString(), StringComparison.Ordinal),
            "the guest role grant is audited too");
    }

    [Fact]
    public async Task Profile_update_records_the_user_and_the_modified_properties()
    {
        var user = await host.CreateUserAsync("Before Audit");

        using (var response = await user.Client.PutAsJsonAsync(MePath, new UpdateProfileRequest("After Audit", "Writes things", null), ApiAssertions.JsonOptions))
        {
            (await response.ShouldBeJsonAsync<ProfileDto>()).DisplayName.ShouldBe("After Audit");
        }

        var rows = await AuditRows.WaitAsync(host, 1, "user_id = @id and path = @path", ("id", user.Id), ("path", MePath));

        var row = rows.ShouldHaveSingleItem();
        row.GetProperty("http_method").GetString().ShouldBe("PUT");
        row.GetProperty("status_code").GetInt32().ShouldBe(200);
        row.GetProperty("user_id").GetString().ShouldBe(user.Id.ToString());
        row.GetProperty("user_name").GetString().ShouldBe(user.Email, "the email the access token carries identifies the person");
        var modified = AuditRows.Changes(row)
            .Where(c => Is(c, "AppUser", "Modified"))
            .ShouldHaveSingleItem();
        modified.GetProperty("EntityId").GetString().ShouldBe(user.Id.ToString());
        var properties = modified.GetProperty("Properties").EnumerateArray().Select(p => p.GetString()).ToList();
        properties.ShouldContain("DisplayName");
        properties.ShouldContain("Bio");
    }

    [Fact]
    public async Task Profile_update_lists_only_the_properties_that_changed()
    {
        var user = await host.CreateUserAsync("Only Name Changes");

        using (var response = await user.Client.PutAsJsonAsync(MePath, new UpdateProfileRequest("Name Changed", null, null), ApiAssertions.JsonOptions))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var row = (await AuditRows.WaitAsync(host, 1, "user_id = @id and path = @path", ("id", user.Id), ("path", MePath))).ShouldHaveSingleItem();
        var modified = AuditRows.Changes(row).Where(c => Is(c, "AppUser", "Modified")).ShouldHaveSingleItem();
        var properties = modified.GetProperty("Properties").EnumerateArray().Select(p => p.GetString()).ToList();
        properties.ShouldContain("DisplayName");
        properties.ShouldNotContain("PasswordHash", "a profile edit must not read as a password change");
        properties.ShouldNotContain("Email");
        properties.ShouldNotContain("SecurityStamp");
        properties.ShouldNotContain("Bio", "Bio stayed null");
    }

    [Fact]
    public async Task Failed_request_records_status_and_error_code_and_no_changes()
    {
        var email = $"audit-dup-{Guid.NewGuid():N}@example.test";
        var client = host.CreateClient();
        using (var first = await client.PostJsonAsync(RegisterPath, new RegisterRequest(email, "Copper-Kettle-Orbit-55", "First")))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var second = await client.PostJsonAsync(RegisterPath, new RegisterRequest(email, "Copper-Kettle-Orbit-55", "Second"));
        var problem = await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.EmailTaken);

        var rows = await AuditRows.WaitAsync(host, 1, "trace_id = @trace", ("trace", problem.TraceId!));
        var row = rows.ShouldHaveSingleItem();
        row.GetProperty("path").GetString().ShouldBe(RegisterPath);
        row.GetProperty("http_method").GetString().ShouldBe("POST");
        row.GetProperty("status_code").GetInt32().ShouldBe(409);
        row.GetProperty("error_code").GetString().ShouldBe(IdentityErrorCodes.EmailTaken);
        AuditRows.Changes(row).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reads_are_not_audited()
    {
        var user = await host.CreateUserAsync();
        const string forUser = "user_id = @id and path = @path";

        using (var me = await user.Client.GetAsync(new Uri(MePath, UriKind.Relative)))
        {
            me.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var head = await user.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, MePath)))
        {
            ((int)head.StatusCode).ShouldBeLessThan(500);
        }

        // A write on the same route is audited: once it shows up, any row the reads wrote would have too.
        using (var put = await user.Client.PutAsJsonAsync(MePath, new UpdateProfileRequest("Reader", null, null), ApiAssertions.JsonOptions))
        {
            put.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var rows = await AuditRows.WaitAsync(host, 1, forUser, ("id", user.Id), ("path", MePath));
        await Task.Delay(200);
        rows = await AuditRows.ReadAsync(host, forUser, ("id", user.Id), ("path", MePath));
        rows.ShouldHaveSingleItem().GetProperty("http_method").GetString().ShouldBe("PUT");
        (await host.ScalarAsync<long>("select count(*) from audit.audit_logs where http_method in ('GET', 'HEAD', 'OPTIONS')")).ShouldBe(0);
    }

    [Fact]
    public async Task Passwords_never_reach_the_audit_log()
    {
        var email = $"audit-secret-{Guid.NewGuid():N}@example.test";
        var password = "Zephyr-" + Guid.NewGuid().ToString("N")[..12];
        var wrongPassword = "Nimbus-" + Guid.NewGuid().ToString("N")[..12];
        var client = host.CreateClient();
        ProfileDto profile;
        using (var register = await client.PostJsonAsync(RegisterPath, new RegisterRequest(email, password, "Secret Keeper")))
        {
            profile = await register.ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        }

        var tokenRowsBefore = await host.ScalarAsync<long>("select count(*) from audit.audit_logs where path = '/connect/token'");
        (await client.PasswordGrantAsync(email, wrongPassword)).Error.ShouldBe("invalid_grant");
        (await client.PasswordGrantAsync(email, password)).ShouldSucceed();

        var registerRow = (await AuditRows.WaitAsync(host, 1, "path = @path and entity_changes @> @change::jsonb", ("path", RegisterPath), ("change", AddedUser(profile.Id))))
            .ShouldHaveSingleItem();
        (await AuditRows.WaitAsync(host, (int)tokenRowsBefore + 2, "path = '/connect/token'")).Count.ShouldBeGreaterThanOrEqualTo((int)tokenRowsBefore + 2);

        registerRow.GetRawText().ShouldNotContain(password);
        registerRow.GetRawText().ShouldNotContain("AQAAAA", Case.Sensitive, "an Identity password hash leaked");
        foreach (var secret in new[] { password, wrongPassword })
        {
            var leaks = await host.ScalarAsync<long>(
                "select count(*) from audit.audit_logs a where strpos(row_to_json(a)::text, @secret) > 0", ("secret", secret));
            leaks.ShouldBe(0, $"an audit row contains the password {secret}");
        }
    }

    private static bool Is(JsonElement change, string entityType, string changeType) =>
        change.GetProperty("EntityType").GetString() == entityType && change.GetProperty("ChangeType").GetString() == changeType;

    private static string AddedUser(Guid id) =>
        JsonSerializer.Serialize(new[] { new { EntityType = "AppUser", EntityId = id.ToString(), ChangeType = "Added" } });

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
