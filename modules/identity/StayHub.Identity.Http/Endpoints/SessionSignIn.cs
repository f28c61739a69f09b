using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Errors;
using StayHub.Identity.Application.External;
using StayHub.Identity.Contracts;
using StayHub.Identity.Http.External;

namespace StayHub.Identity.Http.Endpoints;

internal static class SessionSignIn
{
    public static Task SignInAsync(HttpContext context, Guid userId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], SignInSchemes.Session);
        return context.SignInAsync(SignInSchemes.Session, new ClaimsPrincipal(identity));
    }
}
