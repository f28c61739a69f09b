using FluentValidation;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Http.Validation;

/// <summary>
/// Validates every endpoint argument that has a registered FluentValidation validator, before the handler
/// runs. Applied to route groups, so no endpoint can forget it.
/// </summary>
internal static class ValidationFilter
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        // Application services validate at their own boundary (ApplicationServicePolicyInterceptor), for every caller.
        if (EndpointHandlerEmitter.IsHandler(context.MethodInfo))
        {
            return next;
        }

        var services = context.ApplicationServices;
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (index, validator: services.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) as IValidator))
            .Where(p => p.validator is not null)
            .ToList();
        if (validated.Count == 0)
        {
            return next;
        }

        return async invocation =>
        {
            Dictionary<string, string[]>? errors = null;
            foreach (var (index, validator) in validated)
            {
                var argument = invocation.Arguments[index];
                if (argument is null)
                {
                    errors ??= [];
                    errors["body"] = ["A request body is required."];
                    continue;
                }

                var result = await validator!.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                foreach (var group in result.Errors.GroupBy(e => ToCamelPath(e.PropertyName)))
                {
                    errors ??= [];
                    errors[group.Key] = [.. group.Select(e => e.ErrorMessage)];
                }
            }

            if (errors is not null)
            {
                throw new RequestValidationException(errors);
            }

            return await next(invocation);
        };
    }

    internal static string ToCamelPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
