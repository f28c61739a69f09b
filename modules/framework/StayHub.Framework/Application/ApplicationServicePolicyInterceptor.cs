using System.Collections.Concurrent;
using System.Reflection;
using Castle.DynamicProxy;
using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Errors;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;

namespace StayHub.Framework.Application;

/// <summary>
/// The service boundary's rules, run before every application-service method whoever calls it: signed-in caller
/// unless the method is anonymous (401), the method's permission (403), then every argument that has a
/// FluentValidation validator (400 <c>validation_failed</c>, fields keyed camelCase as the JSON names them), and no
/// string anywhere in the arguments may carry a control character (<see cref="ControlCharacterGuard"/>). Resource
/// ownership stays in the implementations (someone else's booking is 404, not 403).
/// </summary>
internal sealed class ApplicationServicePolicyInterceptor(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    IServiceProvider services) : AsyncInterceptorBase
{
    private static readonly ConcurrentDictionary<MethodInfo, ApplicationMethodDescriptor> Methods = new();

    protected override async Task InterceptAsync(IInvocation invocation, IInvocationProceedInfo proceedInfo, Func<IInvocation, IInvocationProceedInfo, Task> proceed)
    {
        await EnforceAsync(invocation).ConfigureAwait(false);
        await proceed(invocation, proceedInfo).ConfigureAwait(false);
    }

    protected override async Task<TResult> InterceptAsync<TResult>(IInvocation invocation, IInvocationProceedInfo proceedInfo, Func<IInvocation, IInvocationProceedInfo, Task<TResult>> proceed)
    {
        await EnforceAsync(invocation).ConfigureAwait(false);
        return await proceed(invocation, proceedInfo).ConfigureAwait(false);
    }

    private async Task EnforceAsync(IInvocation invocation)
    {
        var method = Methods.GetOrAdd(invocation.Method, Find);
        var cancellationToken = invocation.Arguments.OfType<CancellationToken>().FirstOrDefault();
        if (!method.AllowAnonymous && !currentUser.IsAuthenticated)
        {
            throw new StayHubException(ErrorKind.Unauthorized, ErrorCodes.Unauthorized, "Sign in to do this.");
        }

        if (method.Permission is { } permission
            && !await permissions.IsGrantedAsync(currentUser.Id, currentUser.Roles, permission, cancellationToken).ConfigureAwait(false))
        {
            throw new ForbiddenException();
        }

        await ValidateAsync(method, invocation.Arguments, cancellationToken).ConfigureAwait(false);
    }

    private async Task ValidateAsync(ApplicationMethodDescriptor method, object?[] arguments, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Source is ParameterBindingSource.Cancellation)
            {
                continue;
            }

            var argument = arguments[parameter.Position];
            // A body's or a query record's fields are keyed by their own names (as the JSON and the query string spell them).
            ControlCharacterGuard.Collect(argument, argument is string ? parameter.Name : string.Empty, ref errors);

            if (parameter.Source is ParameterBindingSource.Path)
            {
                continue;
            }

            if (argument is null)
            {
                if (!parameter.IsOptional)
                {
                    errors ??= [];
                    if (parameter.Source == ParameterBindingSource.Body)
                    {
                        errors["body"] = ["A request body is required."];
                    }
                    else
                    {
                        errors[parameter.Name] = ["A value is required."];
                    }
                }

                continue;
            }

            if (services.GetService(typeof(IValidator<>).MakeGenericType(parameter.Type)) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), cancellationToken).ConfigureAwait(false);
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
    }

    private static ApplicationMethodDescriptor Find(MethodInfo method) =>
        ApplicationServiceConventions.Describe(method.DeclaringType!).Methods.Single(m => m.Method == method);

    internal static string ToCamelPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(ApplicationServiceConventions.CamelCase));
}
