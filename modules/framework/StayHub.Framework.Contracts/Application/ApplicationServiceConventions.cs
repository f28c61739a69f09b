using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// Derives an application service's HTTP shape from its interface — once per type, shared by the server's endpoint
/// mapping, <c>/api/definition</c> and the C# proxies, so the three cannot disagree. The conventions (ABP's, adapted
/// to routes that name their resource):
/// <list type="bullet">
/// <item>Verb from the method name's first word: <c>Get</c>/<c>List</c>/<c>Search</c>/<c>Find</c> → GET,
/// <c>Update</c>/<c>Put</c> → PUT, <c>Patch</c> → PATCH, <c>Delete</c>/<c>Remove</c> → DELETE, anything else → POST;
/// a <see cref="HttpVerbAttribute"/> overrides verb and route.</item>
/// <item>Route: the prefix, then <c>/{id}</c> when there is an <c>id</c> parameter the prefix does not already carry,
/// then, for a POST that is not <c>Create</c>/<c>Add</c>/<c>Insert</c>, the first word in lower case
/// (<c>ApproveBookingAsync(id)</c> → <c>POST /api/bookings/{id}/approve</c>).</item>
/// <item>Binding: parameters named in the route → path; <see cref="CancellationToken"/> → none;
/// <see cref="RemoteStreamContent"/> → multipart file; simple values → query; a record → JSON body for
/// POST/PUT/PATCH, one query entry per property for GET/DELETE. Query names are camelCase.</item>
/// <item>Success: 201 with <see cref="CreatedAttribute"/>, a <see cref="ResponseStatusAttribute"/>'s status, else 200
/// with a result and 204 without.</item>
/// </list>
/// </summary>
public static partial class ApplicationServiceConventions
{
    private static readonly ConcurrentDictionary<Type, ApplicationServiceDescriptor> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityLock = new();

    private static readonly string[] CreateWords = ["Create", "Add", "Insert", "Post"];

    /// <summary>The descriptor of <paramref name="serviceType"/> (an interface deriving <see cref="IApplicationService"/>).</summary>
    /// <exception cref="InvalidOperationException">The interface breaks a convention (named in the message).</exception>
    public static ApplicationServiceDescriptor Describe(Type serviceType) => Cache.GetOrAdd(serviceType, Build);

    /// <summary>Every application-service interface declared in <paramref name="assembly"/>.</summary>
    public static IEnumerable<Type> FindServiceTypes(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Whether values of <paramref name="type"/> travel as one query-string or route value.</summary>
    public static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeSpan);
    }

    /// <summary><c>PageSize</c> → <c>pageSize</c>.</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static ApplicationServiceDescriptor Build(Type serviceType)
    {
        if (!serviceType.IsInterface || !typeof(IApplicationService).IsAssignableFrom(serviceType))
        {
            throw new InvalidOperationException($"{serviceType} is not an interface deriving IApplicationService.");
        }

        var service = serviceType.GetCustomAttribute<ApplicationServiceAttribute>()
            ?? throw new InvalidOperationException($"{serviceType} has no [ApplicationService(routePrefix)].");
        var name = serviceType.Name;
        name = name.StartsWith('I') ? name[1..] : name;
        name = name.EndsWith("AppService", StringComparison.Ordinal) ? name[..^"AppService".Length] : name;

        var methods = serviceType.GetMethods()
            .Where(m => m.DeclaringType == serviceType)
            .OrderBy(m => m.MetadataToken)
            .Select(m => BuildMethod(serviceType, service, m))
            .ToList();
        return new ApplicationServiceDescriptor(serviceType, name, "/" + service.RoutePrefix, service.Tag ?? name, methods);
    }

    private static ApplicationMethodDescriptor BuildMethod(Type serviceType, ApplicationServiceAttribute service, MethodInfo method)
    {
        var where = $"{serviceType.Name}.{method.Name}";
        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name;
        var firstWord = FirstWord().Match(name).Value;
        var verbAttribute = method.GetCustomAttribute<HttpVerbAttribute>();
        var httpMethod = verbAttribute?.HttpMethod ?? VerbFor(firstWord);
        var parameters = method.GetParameters();

        var route = RouteFor(service.RoutePrefix, verbAttribute?.Template, httpMethod, firstWord, parameters);
        var pathNames = PathParameter().Matches(route).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var described = new List<ApplicationParameterDescriptor>();
        foreach (var parameter in parameters)
        {
            described.Add(DescribeParameter(where, parameter, httpMethod, pathNames));
        }

        foreach (var pathName in pathNames)
        {
            if (!described.Any(p => p.Source == ParameterBindingSource.Path && p.Name.Equals(pathName, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"{where}: route '{route}' names {{{pathName}}} but no parameter has that name.");
            }
        }

        if (described.Count(p => p.Source is ParameterBindingSource.Body or ParameterBindingSource.Form) > 1)
        {
            throw new InvalidOperationException($"{where}: at most one parameter may travel in the body.");
        }

        var resultType = ResultTypeOf(where, method.ReturnType);
        var created = method.GetCustomAttribute<CreatedAttribute>();
        var successStatus = created is not null ? 201
            : method.GetCustomAttribute<ResponseStatusAttribute>()?.StatusCode ?? (resultType is null ? 204 : 200);

        var permission = method.GetCustomAttribute<PermissionAttribute>()?.Name ?? serviceType.GetCustomAttribute<PermissionAttribute>()?.Name;
        var anonymous = permission is null
            && (method.GetCustomAttribute<AnonymousAttribute>() is not null || serviceType.GetCustomAttribute<AnonymousAttribute>() is not null);
        var idempotent = method.GetCustomAttribute<IdempotentAttribute>() is not null;
        var rateLimit = method.GetCustomAttribute<RateLimitedAttribute>()?.Policy ?? serviceType.GetCustomAttribute<RateLimitedAttribute>()?.Policy;

        var errors = new SortedSet<int>(method.GetCustomAttribute<ProducesErrorsAttribute>()?.StatusCodes ?? []);
        if (described.Any(p => p.Source is ParameterBindingSource.Query or ParameterBindingSource.Body or ParameterBindingSource.Form))
        {
            errors.Add(400);
        }

        if (!anonymous)
        {
            errors.Add(401);
        }

        if (permission is not null)
        {
            errors.Add(403);
        }

        if (described.Any(p => p.Source is ParameterBindingSource.Body or ParameterBindingSource.Form))
        {
            errors.Add(415);
        }

        if (idempotent)
        {
            // A duplicate while the first is running (409) and the same key with another request (422).
            errors.Add(409);
            errors.Add(422);
        }

        if (rateLimit is not null)
        {
            errors.Add(429);
        }

        return new ApplicationMethodDescriptor(method, name, (service.OperationIdPrefix ?? string.Empty) + name, httpMethod, route, described,
            resultType, successStatus, permission, anonymous, idempotent, rateLimit, created?.LocationTemplate, created?.FromRoute == true, [.. errors],
            [.. (method.GetCustomAttribute<ProducesErrorCodesAttribute>()?.Codes ?? []).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static ApplicationParameterDescriptor DescribeParameter(string where, ParameterInfo parameter, string httpMethod, HashSet<string> pathNames)
    {
        var name = parameter.Name ?? throw new InvalidOperationException($"{where}: unnamed parameter.");
        var type = parameter.ParameterType;
        var optional = IsOptional(parameter);
        if (type == typeof(CancellationToken))
        {
            return new(name, type, ParameterBindingSource.Cancellation, true, parameter.Position, null, null);
        }

        if (pathNames.Contains(name))
        {
            return IsSimple(type)
                ? new(name, type, ParameterBindingSource.Path, false, parameter.Position, null, null)
                : throw new InvalidOperationException($"{where}: route parameter '{name}' must be a simple value.");
        }

        if (typeof(RemoteStreamContent).IsAssignableFrom(type))
        {
            var upload = parameter.GetCustomAttribute<UploadAttribute>()
                ?? throw new InvalidOperationException($"{where}: file parameter '{name}' needs [Upload(field, maxRequestBytes)].");
            return new(name, type, ParameterBindingSource.Form, optional, parameter.Position, null, upload);
        }

        if (IsSimple(type))
        {
            return new(name, type, ParameterBindingSource.Query, optional, parameter.Position, null, null);
        }

        if (httpMethod is "GET" or "DELETE")
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                ?? throw new InvalidOperationException($"{where}: query record '{type.Name}' needs a public constructor.");
            var fields = constructor.GetParameters()
                .Select(p => IsSimple(p.ParameterType)
                    ? new ApplicationQueryField(CamelCase(p.Name!), p.Name!, p.ParameterType)
                    : throw new InvalidOperationException($"{where}: query record '{type.Name}'.{p.Name} must be a simple value."))
                .ToList();
            return new(name, type, ParameterBindingSource.Query, optional, parameter.Position, fields, null);
        }

        return new(name, type, ParameterBindingSource.Body, optional, parameter.Position, null, null);
    }

    private static string RouteFor(string prefix, string? template, string httpMethod, string firstWord, ParameterInfo[] parameters)
    {
        if (template is not null)
        {
            return template.StartsWith('/') ? template : "/" + (template.Length == 0 ? prefix : prefix + "/" + template);
        }

        var route = "/" + prefix;
        if (parameters.Any(p => p.Name == "id") && !prefix.Contains("{id}", StringComparison.OrdinalIgnoreCase))
        {
            route += "/{id}";
        }

        if (httpMethod == "POST" && !CreateWords.Contains(firstWord))
        {
            route += "/" + firstWord.ToLower(CultureInfo.InvariantCulture);
        }

        return route;
    }

    private static string VerbFor(string firstWord) => firstWord switch
    {
        "Get" or "List" or "Search" or "Find" => "GET",
        "Update" or "Put" => "PUT",
        "Patch" => "PATCH",
        "Delete" or "Remove" => "DELETE",
        _ => "POST",
    };

    private static Type? ResultTypeOf(string where, Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return null;
        }

        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return returnType.GetGenericArguments()[0];
        }

        throw new InvalidOperationException($"{where}: application-service methods are asynchronous (Task or Task<T>).");
    }

    private static bool IsOptional(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue || Nullable.GetUnderlyingType(parameter.ParameterType) is not null)
        {
            return true;
        }

        if (parameter.ParameterType.IsValueType)
        {
            return false;
        }

        // NullabilityInfoContext caches per instance and is not thread-safe.
        lock (NullabilityLock)
        {
            return Nullability.Create(parameter).ReadState == NullabilityState.Nullable;
        }
    }

    [GeneratedRegex("^[A-Z][a-z0-9]*")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\??\}")]
    private static partial Regex PathParameter();
}
