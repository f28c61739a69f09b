using System.Net;
using System.Text;
using System.Text.Json;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Accounts;

[Collection(HostCollection.Name)]
public sealed class BecomeHostTests(HostFixture host)
{
    [Fact]
    public async Task Become_host_adds_the_host_role_and_keeps_guest()
    {
        var user = await host.CreateUserAsync();

        using var response = await user.Client.PostAsync("/api/account/become-host", content: null);

        var profile = await response.ShouldBeJsonAsync<ProfileDto>();
        profile.Id.ShouldBe(user.Id);
        profile.Roles.ShouldBe([Roles.Guest, Roles.Host], ignoreOrder: true);
        var me = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        me.Roles.ShouldBe([Roles.Guest, Roles.Host], ignoreOrder: true);
    }

    [Fact]
    public async Task Become_host_twice_is_409_already_in_role()
    {
        var user = await host.CreateUserAsync();
        using (var first = await user.Client.PostAsync("/api/account/become-host", content: null))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var second = await user.Client.PostAsync("/api/account/become-host", content: null);

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.AlreadyInRole);
        var me = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        me.Roles.Count(r => r == Roles.Host).ShouldBe(1);
    }

    [Fact]
    public async Task Become_host_without_a_token_is_401()
    {
        using var response = await host.CreateClient().PostAsync("/api/account/become-host", content: null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Refreshed_access_token_carries_the_host_role()
    {
        var user = await host.CreateUserAsync();
        (await user.Client.PostAsync("/api/account/become-host", content: null)).Dispose();

        var refreshed = (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();

        RolesIn(refreshed.AccessToken!).ShouldContain(Roles.Host);
        RolesIn(refreshed.AccessToken!).ShouldContain(Roles.Guest);
    }

    [Fact]
    public async Task Concurrent_become_host_requests_add_the_role_once_and_the_rest_get_already_in_role()
    {
        var user = await host.CreateUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => user.Client.PostAsync("/api/account/become-host", content: null)));

        try
        {
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.AlreadyInRole);
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private static List<string> RolesIn(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        if (!json.RootElement.TryGetProperty("role", out var role))
        {
            return [];
        }

        return role.ValueKind == JsonValueKind.Array
            ? [.. role.EnumerateArray().Select(r => r.GetString()!)]
            : [role.GetString()!];
    }
}
