using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Identity.Http.External;

internal static class ExternalAuthentication
{
    public const string EmailVerifiedClaim = "email_verified";

    public static ExternalProviders AddStayHubExternalProviders(this AuthenticationBuilder auth, IConfiguration configuration)
    {
        auth.AddCookie(SignInSchemes.External, o =>
        {
            o.Cookie.Name = "__stayhub_external";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        auth.AddCookie(SignInSchemes.Session, o =>
        {
            o.Cookie.Name = "__stayhub_session";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = false;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
        });

        var enabled = new HashSet<string>(StringComparer.Ordinal);
        if (Read(configuration, "Google") is { } google)
        {
            auth.AddGoogle("google", o =>
            {
                Apply(o, google);
                o.CallbackPath = "/signin-google";
                o.ClaimActions.MapJsonKey(EmailVerifiedClaim, EmailVerifiedClaim);
            });
            enabled.Add("google");
        }

        if (Read(configuration, "Facebook") is { } facebook)
        {
            auth.AddOAuth("facebook", "Facebook", o =>
            {
                o.AuthorizationEndpoint = "https://www.facebook.com/v19.0/dialog/oauth";
                o.TokenEndpoint = "https://graph.facebook.com/v19.0/oauth/access_token";
                o.UserInformationEndpoint = "https://graph.facebook.com/v19.0/me";
                Apply(o, facebook);
                o.CallbackPath = "/signin-facebook";
                o.UsePkce = true;
                o.Scope.Add("email");
                o.Scope.Add("public_profile");
                o.ClaimActions.MapJsonKey(ClaimTypes.NameIdentifier, "id");
                o.ClaimActions.MapJsonKey(ClaimTypes.Name, "name");
                o.ClaimActions.MapJsonKey(ClaimTypes.Email, "email");
                o.Events.OnCreatingTicket = context => ReadFacebookProfileAsync(context, facebook);
            });
            enabled.Add("facebook");
        }

        return new ExternalProviders(enabled);
    }

    private static ExternalProviderSettings? Read(IConfiguration configuration, string provider)
    {
        var settings = configuration.GetSection($"Authentication:{provider}").Get<ExternalProviderSettings>();
        if (string.IsNullOrWhiteSpace(settings?.ClientId))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(settings.ClientSecret))
        {
            throw new InvalidOperationException(
                $"Authentication__{provider}__ClientSecret (configuration key Authentication:{provider}:ClientSecret) is required when Authentication__{provider}__ClientId is set.");
        }

        return settings;
    }

    private static void Apply(OAuthOptions options, ExternalProviderSettings settings)
    {
        options.ClientId = settings.ClientId!;
        options.ClientSecret = settings.ClientSecret!;
        options.SignInScheme = SignInSchemes.External;
        options.AuthorizationEndpoint = settings.AuthorizationEndpoint ?? options.AuthorizationEndpoint;
        options.TokenEndpoint = settings.TokenEndpoint ?? options.TokenEndpoint;
        options.UserInformationEndpoint = settings.UserInformationEndpoint ?? options.UserInformationEndpoint;
        options.Events.OnRemoteFailure = ExternalFailures.HandleAsync;
        // The provider's redirect back is a top-level GET, which Lax cookies survive; SameAsRequest keeps
        // local plain-HTTP runs working while HTTPS deployments still get Secure cookies.
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    private static async Task ReadFacebookProfileAsync(OAuthCreatingTicketContext context, ExternalProviderSettings settings)
    {
        // Facebook asks server-side callers to prove they hold the app secret (appsecret_proof).
        var proof = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.ClientSecret!), Encoding.UTF8.GetBytes(context.AccessToken!)));
        var url = $"{context.Options.UserInformationEndpoint}?fields=id,name,email&appsecret_proof={proof}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.AccessToken);
        using var response = await context.Backchannel.SendAsync(request, context.HttpContext.RequestAborted);
        response.EnsureSuccessStatusCode();
        using var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted));
        context.RunClaimActions(profile.RootElement);
        if (settings.TrustEmail && context.Identity?.FindFirst(ClaimTypes.Email) is not null)
        {
            context.Identity.AddClaim(new Claim(EmailVerifiedClaim, "true"));
        }
    }
}
