using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The framework's own application services (ABP's api-definition and application-configuration) through the proxies.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class ApplicationClientTests(ClientHostFixture host)
{
    [Fact]
    [CoversMethod(typeof(IApiDefinitionAppService), nameof(IApiDefinitionAppService.GetApiDefinitionAsync))]
    public async Task The_server_defines_every_method_with_the_verb_and_route_the_proxies_call()
    {
        var definition = await host.Anonymous().Get<IApiDefinitionAppService>().GetApiDefinitionAsync(CancellationToken.None);

        var served = definition.Services
            .SelectMany(s => s.Methods.Select(m => (Service: s.Name, m.Name, m.HttpMethod, m.Route, m.Idempotent)))
            .ToHashSet();
        var called = ClientHostFixture.ServiceTypes
            .Select(ApplicationServiceConventions.Describe)
            .SelectMany(s => s.Methods.Select(m => (Service: s.Name, m.Name, m.HttpMethod, m.Route, m.Idempotent)))
            .ToList();
        called.Count.ShouldBeGreaterThan(40);
        called.Where(c => !served.Contains(c)).Select(c => $"{c.Service}.{c.Name} {c.HttpMethod} {c.Route}")
            .ShouldBeEmpty("the proxies would call routes the server does not serve");
    }

    [Fact]
    [CoversMethod(typeof(IApplicationConfigurationAppService), nameof(IApplicationConfigurationAppService.GetApplicationConfigurationAsync))]
    public async Task The_configuration_names_the_signed_in_user_and_their_permissions_and_nobody_when_anonymous()
    {
        var owner = await host.CreateHostAsync();

        var signedIn = await owner.Get<IApplicationConfigurationAppService>().GetApplicationConfigurationAsync(CancellationToken.None);
        var anonymous = await host.Anonymous().Get<IApplicationConfigurationAppService>().GetApplicationConfigurationAsync(CancellationToken.None);

        signedIn.CurrentUser.IsAuthenticated.ShouldBeTrue();
        signedIn.CurrentUser.Id.ShouldBe(owner.Id);
        signedIn.CurrentUser.Email.ShouldBe(owner.Email);
        signedIn.CurrentUser.Roles.ShouldContain("host");
        signedIn.GrantedPermissions.ShouldContain(StayHub.Listings.Contracts.ListingsPermissions.ListingsManageOwn);
        anonymous.CurrentUser.IsAuthenticated.ShouldBeFalse();
        anonymous.CurrentUser.Id.ShouldBeNull();
        anonymous.GrantedPermissions.ShouldBeEmpty();
    }
}
