using System.Net;
using System.Net.Http.Json;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Preferences;

[Collection(HostCollection.Name)]
public sealed class PreferencesTests(HostFixture host)
{
    [Fact]
    public async Task A_new_user_has_defaults_with_marketing_email_off()
    {
        var user = await host.CreateUserAsync();

        var preferences = await (await user.Client.GetAsync("/api/account/me/preferences")).ShouldBeJsonAsync<PreferencesDto>();

        preferences.Currency.ShouldBe("USD");
        preferences.Language.ShouldBe("en");
        preferences.Notifications.Email.ShouldBe(new ChannelPreferencesDto(Bookings: true, Messages: true, Reviews: true, Marketing: false));
        preferences.Notifications.InApp.Bookings.ShouldBeTrue();
    }

    [Fact]
    public async Task Preferences_are_replaced_and_read_back()
    {
        var user = await host.CreateUserAsync();
        var wanted = new PreferencesDto("JPY", "ja", new NotificationPreferencesDto(
            new ChannelPreferencesDto(Bookings: true, Messages: false, Reviews: false, Marketing: true),
            new ChannelPreferencesDto(Bookings: false, Messages: true, Reviews: true, Marketing: false)));

        var saved = await (await user.Client.PutAsJsonAsync("/api/account/me/preferences", wanted)).ShouldBeJsonAsync<PreferencesDto>();
        var read = await (await user.Client.GetAsync("/api/account/me/preferences")).ShouldBeJsonAsync<PreferencesDto>();

        saved.ShouldBe(wanted);
        read.ShouldBe(wanted);
    }

    [Theory]
    [InlineData("usd", "en", "currency")]
    [InlineData("XYZ", "en", "currency")]
    [InlineData("EUR", "klingon", "language")]
    [InlineData("", "", "currency")]
    public async Task Invalid_preferences_are_refused_with_field_errors(string currency, string language, string field)
    {
        var user = await host.CreateUserAsync();
        var before = await (await user.Client.GetAsync("/api/account/me/preferences")).ShouldBeJsonAsync<PreferencesDto>();
        var body = new PreferencesDto(currency, language, before.Notifications);

        var problem = await (await user.Client.PutAsJsonAsync("/api/account/me/preferences", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.Errors.ShouldContainKey(field);
        (await (await user.Client.GetAsync("/api/account/me/preferences")).ShouldBeJsonAsync<PreferencesDto>()).ShouldBe(before);
    }

    [Fact]
    public async Task Missing_notification_settings_are_a_validation_error_not_a_crash()
    {
        var user = await host.CreateUserAsync();

        using var response = await user.Client.PutAsJsonAsync("/api/account/me/preferences", new { currency = "EUR", language = "fr" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBeOneOf("validation_failed", "request.malformed");
    }

    [Fact]
    public async Task Preferences_need_a_signed_in_user()
    {
        using var response = await host.CreateClient().GetAsync("/api/account/me/preferences");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthorized");
    }
}
