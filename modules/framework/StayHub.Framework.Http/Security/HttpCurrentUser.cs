using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Security;

/// <summary>Reads the caller from the validated access token (claims <c>sub</c>, <c>name</c>, <c>role</c>).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(StayHubClaims.Subject), out var id) ? id : null;

    public string? UserName => Principal?.FindFirstValue(StayHubClaims.Name);

    public IReadOnlyList<string> Roles => Principal?.FindAll(StayHubClaims.Role).Select(c => c.Value).ToList() ?? [];

    public bool IsInRole(string role) => Principal?.HasClaim(StayHubClaims.Role, role) == true;

    public Guid GetRequiredId() =>
        Id ?? throw new StayHubException(ErrorKind.Unauthorized, ErrorCodes.Unauthorized, "Sign in to do this.");
}
