using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Tests.Application;

public sealed class ApplicationServiceConventionsTests
{
    [ApplicationService("api/things", Tag = "Things")]
    public interface IThingAppService : IApplicationService
    {
        [Anonymous]
        Task<ThingDto> GetThingAsync(Guid id, CancellationToken cancellationToken);

        Task<IReadOnlyList<ThingDto>> ListThingsAsync(ThingQuery query, CancellationToken cancellationToken);

        [Idempotent, Created("/api/things/{id}"), ProducesErrors(409)]
        Task<ThingDto> CreateThingAsync(ThingRequest request, CancellationToken cancellationToken);

        Task<ThingDto> UpdateThingAsync(Guid id, ThingRequest request, CancellationToken cancellationToken);

        Task DeleteThingAsync(Guid id, CancellationToken cancellationToken);

        [Permission("Things.Things.Archive"), ProducesErrors(404)]
        Task<ThingDto> ArchiveThingAsync(Guid id, ThingRequest? request, CancellationToken cancellationToken);

        [Post("/api/other/{id}/{part}"), ResponseStatus(202), RateLimited("auth")]
        Task MoveThingPartAsync(Guid id, int part, string? reason, CancellationToken cancellationToken);

        [Put("{id}/image")]
        Task<ThingDto> SetThingImageAsync(Guid id, [Upload("file", 1024)] RemoteStreamContent file, CancellationToken cancellationToken);
    }

    [ApplicationService("api/broken")]
    public interface IRouteWithoutParameterAppService : IApplicationService
    {
        [Get("{missing}")]
        Task<ThingDto> GetThingAsync(CancellationToken cancellationToken);
    }

    [ApplicationService("api/broken")]
    public interface ISynchronousAppService : IApplicationService
    {
        ThingDto GetThing(Guid id);
    }

    public interface IUnattributedAppService : IApplicationService
    {
        Task GetAsync(CancellationToken cancellationToken);
    }

    public sealed record ThingDto(Guid Id, string Name);

    public sealed record ThingRequest(string Name, string? Note);

    public sealed record ThingQuery(string? Name, int? PageSize, string? Cursor);

    private static ApplicationMethodDescriptor Method(string name) =>
        ApplicationServiceConventions.Describe(typeof(IThingAppService)).Methods.Single(m => m.Name == name);

    [Fact]
    public void The_service_is_named_after_the_interface()
    {
        var service = ApplicationServiceConventions.Describe(typeof(IThingAppService));
        service.Name.ShouldBe("Thing");
        service.RoutePrefix.ShouldBe("/api/things");
        service.Tag.ShouldBe("Things");
        service.Methods.Select(m => m.Name).ShouldBe(
            ["GetThing", "ListThings", "CreateThing", "UpdateThing", "DeleteThing", "ArchiveThing", "MoveThingPart", "SetThingImage"]);
    }

    [Theory]
    [InlineData("GetThing", "GET", "/api/things/{id}", 200)]
    [InlineData("ListThings", "GET", "/api/things", 200)]
    [InlineData("CreateThing", "POST", "/api/things", 201)]
    [InlineData("UpdateThing", "PUT", "/api/things/{id}", 200)]
    [InlineData("DeleteThing", "DELETE", "/api/things/{id}", 204)]
    [InlineData("ArchiveThing", "POST", "/api/things/{id}/archive", 200)]
    [InlineData("MoveThingPart", "POST", "/api/other/{id}/{part}", 202)]
    [InlineData("SetThingImage", "PUT", "/api/things/{id}/image", 200)]
    public void Verb_route_and_success_status_follow_the_name_or_the_attribute(string name, string verb, string route, int status)
    {
        var method = Method(name);
        method.HttpMethod.ShouldBe(verb);
        method.Route.ShouldBe(route);
        method.SuccessStatus.ShouldBe(status);
    }

    [Fact]
    public void Parameters_bind_from_path_query_body_or_form()
    {
        Method("GetThing").Parameters.Select(p => p.Source).ShouldBe([ParameterBindingSource.Path, ParameterBindingSource.Cancellation]);

        var list = Method("ListThings").Parameters[0];
        list.Source.ShouldBe(ParameterBindingSource.Query);
        list.QueryFields!.Select(f => f.Name).ShouldBe(["name", "pageSize", "cursor"]);

        var archive = Method("ArchiveThing").Parameters;
        archive[1].Source.ShouldBe(ParameterBindingSource.Body);
        archive[1].IsOptional.ShouldBeTrue();
        Method("CreateThing").Parameters[0].IsOptional.ShouldBeFalse();

        var move = Method("MoveThingPart").Parameters;
        move.Select(p => p.Source).ShouldBe(
            [ParameterBindingSource.Path, ParameterBindingSource.Path, ParameterBindingSource.Query, ParameterBindingSource.Cancellation]);
        move[2].IsOptional.ShouldBeTrue();

        var image = Method("SetThingImage").Upload.ShouldNotBeNull();
        image.Upload!.Field.ShouldBe("file");
        image.Upload.MaxRequestBytes.ShouldBe(1024);
    }

    [Fact]
    public void Error_statuses_are_derived_from_the_policies_and_added_to_the_declared_ones()
    {
        Method("GetThing").ErrorStatuses.ShouldBeEmpty();
        Method("ListThings").ErrorStatuses.ShouldBe([400, 401]);
        Method("CreateThing").ErrorStatuses.ShouldBe([400, 401, 409, 415, 422]);
        Method("ArchiveThing").ErrorStatuses.ShouldBe([400, 401, 403, 404, 415]);
        Method("MoveThingPart").ErrorStatuses.ShouldBe([400, 401, 429]);
    }

    [Fact]
    public void Policies_come_from_the_method_or_the_interface()
    {
        Method("GetThing").AllowAnonymous.ShouldBeTrue();
        Method("ListThings").AllowAnonymous.ShouldBeFalse();
        Method("ArchiveThing").Permission.ShouldBe("Things.Things.Archive");
        Method("CreateThing").Idempotent.ShouldBeTrue();
        Method("CreateThing").CreatedLocation.ShouldBe("/api/things/{id}");
        Method("MoveThingPart").RateLimitPolicy.ShouldBe("auth");
        Method("CreateThing").OperationId.ShouldBe("CreateThing");
    }

    [Theory]
    [InlineData(typeof(IRouteWithoutParameterAppService), "names {missing}")]
    [InlineData(typeof(ISynchronousAppService), "asynchronous")]
    [InlineData(typeof(IUnattributedAppService), "[ApplicationService")]
    public void An_interface_that_breaks_a_convention_is_refused_with_a_message_naming_it(Type serviceType, string message)
    {
        var error = Should.Throw<InvalidOperationException>(() => ApplicationServiceConventions.Describe(serviceType));
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Type_names_read_as_csharp()
    {
        TypeNames.Of(typeof(int?)).ShouldBe("int?");
        TypeNames.Of(typeof(IReadOnlyList<ThingDto>)).ShouldBe("IReadOnlyList<ThingDto>");
        TypeNames.Of(typeof(Guid)).ShouldBe("Guid");
    }
}
