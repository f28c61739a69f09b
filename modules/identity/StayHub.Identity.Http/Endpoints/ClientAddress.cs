using Microsoft.AspNetCore.Http;

namespace StayHub.Identity.Http.Endpoints;

/// <summary>The caller's address for sign-in lockout: the one the forwarded-headers middleware settled on.</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
