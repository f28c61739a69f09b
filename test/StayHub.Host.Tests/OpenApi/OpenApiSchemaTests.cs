using System.Text.Json;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.OpenApi;

/// <summary>Generated clients trust the schemas' <c>required</c> lists: a field a client may leave out must not be in them.</summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiSchemaTests(HostFixture host)
{
    [Fact]
    public async Task Nullable_record_fields_are_not_required_and_the_others_are()
    {
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var createBooking = Required(schemas, "CreateBookingRequest");
        createBooking.ShouldNotContain("message");
        createBooking.ShouldBe(["listingId", "checkIn", "checkOut", "guests"], ignoreOrder: true);

        var profile = Required(schemas, "UpdateProfileRequest");
        profile.ShouldContain("displayName");
        profile.ShouldNotContain("bio");
        profile.ShouldNotContain("phoneNumber");
    }

    private static List<string> Required(JsonElement schemas, string name) =>
        schemas.GetProperty(name).TryGetProperty("required", out var required)
            ? [.. required.EnumerateArray().Select(r => r.GetString()!)]
            : [];
}
