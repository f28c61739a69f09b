using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Framework.Contracts.Application;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Application;

[Collection(HostCollection.Name)]
public sealed class ApiDefinitionTests(HostFixture host)
{
    [Fact]
    public async Task Definition_is_anonymous_and_describes_booking_as_its_interface_says()
    {
        var definition = await GetDefinitionAsync();

        var bookings = definition.Services.Single(s => s.Name == "Booking");
        bookings.RoutePrefix.ShouldBe("/api/bookings");
        var create = bookings.Methods.Single(m => m.Name == "CreateBooking");
        create.HttpMethod.ShouldBe("POST");
        create.Route.ShouldBe("/api/bookings");
        create.SuccessStatus.ShouldBe(201);
        create.Idempotent.ShouldBeTrue();
        create.AllowAnonymous.ShouldBeFalse();
        create.ReturnType.ShouldBe("BookingDto");
        create.Parameters.ShouldHaveSingleItem().ShouldBe(new ParameterDefinitionDto("body", "CreateBookingRequest", "body", false));

        var cancel = bookings.Methods.Single(m => m.Name == "CancelBooking");
        cancel.Route.ShouldBe("/api/bookings/{id}/cancel");
        cancel.Parameters.ShouldBe([new("id", "Guid", "path", false), new("body", "CancelBookingRequest", "body", true)]);

        var list = bookings.Methods.Single(m => m.Name == "ListMyBookings");
        list.Parameters.Select(p => (p.Name, p.BindingSource)).ShouldBe([("as", "query"), ("status", "query"), ("pageSize", "query"), ("cursor", "query")]);
        list.ReturnType.ShouldBe("CursorPage<BookingDto>");

        var admin = definition.Services.Single(s => s.Name == "BookingAdmin");
        admin.Methods.ShouldAllBe(m => m.Permission == "Booking.Bookings.Manage" && m.ErrorStatuses.Contains(403));
        definition.Services.Single(s => s.Name == "ListingSearch").Methods.Single().AllowAnonymous.ShouldBeTrue();
        definition.Services.Single(s => s.Name == "ListingPhoto").Methods.Single(m => m.Name == "AddListingPhoto")
            .Parameters.ShouldContain(new ParameterDefinitionDto("file", "file", "form", false));
    }

    [Fact]
    public async Task Every_method_in_the_definition_is_an_operation_of_the_OpenAPI_document_with_the_same_verb_and_route()
    {
        var definition = await GetDefinitionAsync();
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var methods = definition.Services.SelectMany(s => s.Methods).ToList();
        methods.Count.ShouldBeGreaterThan(40);
        foreach (var method in methods)
        {
            paths.TryGetProperty(method.Route, out var path).ShouldBeTrue($"{method.OperationId}: {method.Route} is not in the OpenAPI document");
            path.TryGetProperty(method.HttpMethod.ToLowerInvariant(), out var operation).ShouldBeTrue($"{method.OperationId}: no {method.HttpMethod}");
            operation.GetProperty("operationId").GetString().ShouldBe(method.OperationId);
            var documented = operation.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            documented.ShouldContain(method.SuccessStatus, method.OperationId);
            method.ErrorStatuses.ShouldAllBe(status => documented.Contains(status), method.OperationId);
        }

        methods.Select(m => m.OperationId).ShouldBeUnique();
    }

    [Fact]
    public async Task Operation_summaries_come_from_the_interfaces_XML_docs()
    {
        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"));
        var quote = document.RootElement.GetProperty("paths").GetProperty("/api/bookings/quote").GetProperty("post");
        quote.GetProperty("summary").GetString().ShouldBe(
            "Price a stay (nights, cleaning fee, service fee, total in minor units) and say whether it can be booked.");
    }

    private async Task<ApiDefinitionDto> GetDefinitionAsync()
    {
        using var response = await host.CreateClient().GetAsync("/api/definition");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ApiDefinitionDto>(JsonSerializerOptions.Web))!;
    }
}
