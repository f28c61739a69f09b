using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Identity.Http.External;

/// <summary>Bound from <c>Authentication:Google</c> / <c>Authentication:Facebook</c>. Endpoints are overridable for local stand-ins.</summary>
public sealed class ExternalProviderSettings
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? AuthorizationEndpoint { get; set; }

    public string? TokenEndpoint { get; set; }

    public string? UserInformationEndpoint { get; set; }

    /// <summary>
    /// Whether the provider's email may be treated as verified. Google says so per user (<c>email_verified</c>);
    /// Facebook does not, so by default a Facebook email never links to an existing account.
    /// </summary>
    public bool TrustEmail { get; set; }
}
