using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Security;
using StayHub.Identity.Application.Users;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Http.Endpoints;

public static class AdminUserEndpoints
{
    public static void MapAdminUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/users").WithTags("Admin: users");

        group.MapGet(string.Empty, ListAsync)
            .RequirePermission(IdentityPermissions.UsersRead)
            .WithName("AdminListUsers")
            .WithSummary("List and search users (q matches email or display name; role filters).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<CursorPage<UserSummaryDto>>> ListAsync([AsParameters] UserListQuery query, UserAdminService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(query, cancellationToken));
}
