using System.Text.Json;
using System.Text.Json.Serialization;

namespace StayHub.Http.Client;

/// <summary>The server's JSON conventions, so that what the proxy writes is what the endpoint binds and vice versa.</summary>
public static class StayHubJson
{
    /// <summary>
    /// Web defaults (camelCase, case-insensitive reading, numbers from strings) plus enums as camelCase strings —
    /// the options <c>FrameworkHttpModule</c> gives ASP.NET Core.
    /// </summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
