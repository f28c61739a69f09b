using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Http.Security;

namespace StayHub.Framework.Http.Application;

public static class ApplicationServiceEndpointExtensions
{
    /// <summary>
    /// Maps every method of <typeparamref name="TService"/> as an endpoint, as its descriptor says: verb and route,
    /// binding, sign-in / permission / rate-limit / idempotency policies, success status (201 with <c>Location</c>, 202,
    /// 204) and every status it documents, operation id and tag. The service is resolved from DI per request, so calls
    /// go through the same policy interceptor as in-process ones.
    /// </summary>
    public static IEndpointRouteBuilder MapApplicationService<TService>(this IEndpointRouteBuilder endpoints)
        where TService : class, IApplicationService
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var service = ApplicationServiceConventions.Describe(typeof(TService));
        endpoints.ServiceProvider.GetRequiredService<ApplicationServiceEndpointRegistry>().Add(service);
        foreach (var method in service.Methods)
        {
            Map(endpoints, service, method);
        }

        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, ApplicationServiceDescriptor service, ApplicationMethodDescriptor method)
    {
        var handler = EndpointHandlerEmitter.Emit(service.ServiceType, method);
        var delegateType = Expression.GetDelegateType([.. handler.GetParameters().Select(p => p.ParameterType), handler.ReturnType]);
        var builder = endpoints.MapMethods(RoutePattern(method), [method.HttpMethod], handler.CreateDelegate(delegateType))
            .WithMetadata(method)
            .WithTags(service.Tag)
            .WithName(method.OperationId);

        if (method.AllowAnonymous)
        {
            builder.AllowAnonymous();
        }
        else if (method.Permission is { } permission)
        {
            builder.RequirePermission(permission);
        }
        else
        {
            builder.RequireAuthorization();
        }

        if (method.Idempotent)
        {
            builder.WithIdempotency();
        }

        if (method.RateLimitPolicy is { } policy)
        {
            builder.RequireRateLimiting(policy);
        }

        if (method.Upload?.Upload is { } upload)
        {
            builder.WithMetadata(new RequestSizeLimitAttribute(upload.MaxRequestBytes))
                // Authenticated by a bearer token, never a cookie, so there is no ambient credential a cross-site form could use.
                .DisableAntiforgery()
                .Accepts<IFormFile>("multipart/form-data");
        }

        DescribeResponses(builder, method);
        if (method.SuccessStatus != StatusCodes.Status200OK)
        {
            builder.AddEndpointFilter(new SuccessStatusFilter(method));
        }
    }

    private static void DescribeResponses(RouteHandlerBuilder builder, ApplicationMethodDescriptor method)
    {
        if (method.SuccessStatus != StatusCodes.Status200OK)
        {
            builder.Produces(method.SuccessStatus, method.ResultType, method.ResultType is null ? null : "application/json");
            // The result type alone would also document a 200 the endpoint never answers.
            builder.Finally(b =>
            {
                foreach (var inferred in b.Metadata.OfType<IProducesResponseTypeMetadata>().Where(m => m.StatusCode == StatusCodes.Status200OK).ToList())
                {
                    b.Metadata.Remove(inferred);
                }
            });
        }

        foreach (var status in method.ErrorStatuses)
        {
            if (status == StatusCodes.Status400BadRequest && method.Upload is null)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }
    }

    /// <summary>The descriptor's route with type constraints on path parameters, so <c>/{id}</c> never swallows a literal segment.</summary>
    private static string RoutePattern(ApplicationMethodDescriptor method)
    {
        var pattern = method.Route;
        foreach (var parameter in method.Parameters.Where(p => p.Source == ParameterBindingSource.Path))
        {
            var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
            var constraint = type == typeof(Guid) ? ":guid" : type == typeof(int) ? ":int" : type == typeof(long) ? ":long" : string.Empty;
            pattern = pattern.Replace("{" + parameter.Name + "}", "{" + parameter.Name + constraint + "}", StringComparison.OrdinalIgnoreCase);
        }

        return pattern;
    }
}
