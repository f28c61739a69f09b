using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Identity.Application.Preferences;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Http.Endpoints;

public static class PreferencesEndpoints
{
    public static void MapPreferencesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account/me/preferences").WithTags("Account").RequireAuthorization();
        group.MapGet(string.Empty, async (PreferencesService service, CancellationToken ct) => TypedResults.Ok(await service.GetMineAsync(ct)))
            .WithName("GetMyPreferences")
            .WithSummary("Currency, language and notification opt-outs.")
            .Produces<PreferencesDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPut(string.Empty, UpdateAsync)
            .WithName("UpdateMyPreferences")
            .WithSummary("Replace the preferences (all fields required).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Ok<PreferencesDto>> UpdateAsync(PreferencesDto request, PreferencesService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateMineAsync(request, cancellationToken));
}
