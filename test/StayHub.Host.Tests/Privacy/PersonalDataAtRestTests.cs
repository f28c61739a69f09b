using System.Net.Http.Json;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Privacy;

[Collection(HostCollection.Name)]
public sealed class PersonalDataAtRestTests(HostFixture host)
{
    [Fact]
    public async Task The_phone_number_column_holds_ciphertext_and_the_api_returns_the_number()
    {
        var user = await host.CreateUserAsync();
        const string phone = "+14155550123";

        await (await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Pia", null, phone))).ShouldBeJsonAsync<ProfileDto>();

        var raw = await host.ScalarAsync<string>("select phone_number from identity.users where id = @id", ("id", user.Id));
        raw.ShouldNotBeNullOrEmpty();
        raw.ShouldNotContain("4155550123");
        raw.ShouldStartWith("CfDJ8", Case.Sensitive, "Data Protection's payload marker");
        (await host.ScalarAsync<long>("select count(*) from identity.users where phone_number like '%5550123%'")).ShouldBe(0L);

        var profile = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.PhoneNumber.ShouldBe(phone);
    }

    [Fact]
    public async Task The_key_ring_lives_in_postgresql_so_every_node_and_restart_can_decrypt()
    {
        var user = await host.CreateUserAsync();
        await (await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Pia", null, "+447700900123"))).ShouldBeJsonAsync<ProfileDto>();

        (await host.ScalarAsync<long>("select count(*) from data_protection.keys")).ShouldBeGreaterThan(0L);
    }
}
