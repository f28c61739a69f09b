using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// Behind a load balancer the client address and scheme arrive in X-Forwarded-* headers. They are trusted
/// only from the proxies listed in <c>ForwardedHeaders:KnownProxies</c> (comma-separated IPs); otherwise a
/// client could forge its address in audit rows and rate-limit keys.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static bool AddStayHubForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration["ForwardedHeaders:KnownProxies"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (proxies.Length == 0)
        {
            return false;
        }

        var addresses = proxies.Select(p => IPAddress.TryParse(p, out var ip)
            ? ip
            : throw new InvalidOperationException($"ForwardedHeaders__KnownProxies (configuration key ForwardedHeaders:KnownProxies) holds '{p}', which is not an IP address."))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in addresses)
            {
                o.KnownProxies.Add(address);
            }
        });
        return true;
    }

    public static void UseStayHubForwardedHeaders(this WebApplication app, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration["ForwardedHeaders:KnownProxies"]))
        {
            app.UseForwardedHeaders();
        }
    }
}
