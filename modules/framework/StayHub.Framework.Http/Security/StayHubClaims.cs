using Microsoft.AspNetCore.Http;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Security;

/// <summary>Claim types in StayHub access tokens (the OpenID Connect names).</summary>
public static class StayHubClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
}
