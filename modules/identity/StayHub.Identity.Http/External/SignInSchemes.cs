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

/// <summary>Cookie schemes of the browser part of sign-in (the API itself only takes bearer tokens).</summary>
public static class SignInSchemes
{
    /// <summary>Holds a provider's answer for the few seconds between its callback and ours.</summary>
    public const string External = "stayhub.external";

    /// <summary>The browser's StayHub session, used only by /connect/authorize to issue authorization codes.</summary>
    public const string Session = "stayhub.session";
}
