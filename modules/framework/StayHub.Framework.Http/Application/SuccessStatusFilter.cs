using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Http.Application;

/// <summary>Turns a method's return into its documented success answer: 201 with <c>Location</c>, 202, or 204.</summary>
internal sealed partial class SuccessStatusFilter(ApplicationMethodDescriptor method) : IEndpointFilter
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var value = result is IResult ? null : result;
        return method.SuccessStatus switch
        {
            StatusCodes.Status201Created => TypedResults.Created(Location(context.HttpContext, value), value),
            StatusCodes.Status202Accepted => value is null ? TypedResults.Accepted((string?)null) : TypedResults.Accepted((string?)null, value),
            StatusCodes.Status204NoContent => TypedResults.NoContent(),
            _ => result,
        };
    }

    /// <summary>The location template filled from the result's properties, or from the route's values (a photo's listing).</summary>
    private string? Location(HttpContext context, object? value)
    {
        if (method.CreatedLocation is not { } template || value is null)
        {
            return null;
        }

        return Placeholder().Replace(template, match =>
        {
            if (method.LocationFromRoute)
            {
                return Uri.EscapeDataString(Convert.ToString(context.Request.RouteValues[match.Groups[1].Value], CultureInfo.InvariantCulture) ?? string.Empty);
            }

            var property = Properties.GetOrAdd((value.GetType(), match.Groups[1].Value),
                key => key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
            return Uri.EscapeDataString(Convert.ToString(property?.GetValue(value), CultureInfo.InvariantCulture) ?? string.Empty);
        });
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
