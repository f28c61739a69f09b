using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;

namespace StayHub.Host.AdminConsole;

/// <summary>
/// Who receives the console: a user granted at least one admin permission — one that guards an operation under
/// <c>/api/admin/</c> in <c>/api/definition</c> — through a role or directly. So a module's new admin service opens the
/// console to whoever is granted its permission, and a user granted only <c>Auditing.Logs.Read</c> gets the console
/// (with the audit-log page alone, since the console builds its pages from what the API lets that user call).
/// </summary>
/// <remarks>
/// A singleton (it keeps the admin permissions it found), so the scoped definition service is asked in a scope of its
/// own rather than taken in the constructor, which the container refuses when it validates scopes (Development).
/// </remarks>
internal sealed class AdminConsoleGate(IServiceScopeFactory scopes, IPermissionChecker permissions)
{
    private const string AdminRoutePrefix = "/api/admin/";

    private IReadOnlyList<string>? adminPermissions;

    public async Task<bool> AdmitsAsync(UserInfo user, CancellationToken cancellationToken)
    {
        foreach (var permission in await AdminPermissionsAsync(cancellationToken))
        {
            if (await permissions.IsGrantedAsync(user.Id, user.Roles, permission, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The API's definition is fixed once the host runs: read it once.</summary>
    private async Task<IReadOnlyList<string>> AdminPermissionsAsync(CancellationToken cancellationToken)
    {
        if (adminPermissions is { } known)
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IApiDefinitionAppService>();
        var definition = await definitions.GetApiDefinitionAsync(cancellationToken);
        var found = definition.Services
            .SelectMany(s => s.Methods)
            .Where(m => m.Permission is not null && m.Route.StartsWith(AdminRoutePrefix, StringComparison.Ordinal))
            .Select(m => m.Permission!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        adminPermissions = found;
        return found;
    }
}
