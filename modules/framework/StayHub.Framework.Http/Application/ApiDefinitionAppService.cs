using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Http.Application;

/// <summary>Builds the definition once, on first request (after every module has mapped its services), and keeps it.</summary>
internal sealed class ApiDefinitionAppService(ApplicationServiceEndpointRegistry registry) : IApiDefinitionAppService
{
    private readonly Lazy<ApiDefinitionDto> _definition = new(() => Build(registry));

    public Task<ApiDefinitionDto> GetApiDefinitionAsync(CancellationToken cancellationToken) => Task.FromResult(_definition.Value);

    private static ApiDefinitionDto Build(ApplicationServiceEndpointRegistry registry) =>
        new([.. registry.Services.Select(service => new ServiceDefinitionDto(service.Name, service.RoutePrefix, service.Tag,
            [.. service.Methods.Select(Describe)]))]);

    private static MethodDefinitionDto Describe(ApplicationMethodDescriptor method) => new(
        method.Name,
        method.OperationId,
        method.HttpMethod,
        method.Route,
        [.. method.Parameters.SelectMany(Parameters)],
        method.ResultType is null ? null : TypeNames.Of(method.ResultType),
        method.SuccessStatus,
        method.ErrorStatuses,
        method.Permission,
        method.AllowAnonymous,
        method.Idempotent,
        method.RateLimitPolicy);

    private static IEnumerable<ParameterDefinitionDto> Parameters(ApplicationParameterDescriptor parameter) => parameter.Source switch
    {
        ParameterBindingSource.Cancellation => [],
        ParameterBindingSource.Query when parameter.QueryFields is { } fields =>
            fields.Select(f => new ParameterDefinitionDto(f.Name, TypeNames.Of(f.Type), "query", IsOptional: true)),
        ParameterBindingSource.Body => [new ParameterDefinitionDto("body", TypeNames.Of(parameter.Type), "body", parameter.IsOptional)],
        ParameterBindingSource.Form => [new ParameterDefinitionDto(parameter.Upload!.Field, "file", "form", parameter.IsOptional)],
        _ => [new ParameterDefinitionDto(parameter.Name, TypeNames.Of(parameter.Type), parameter.Source.ToString().ToLowerInvariant(), parameter.IsOptional)],
    };
}
