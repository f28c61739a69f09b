using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Contracts.Admin;

/// <summary>
/// The admin dashboard's figures (<see cref="AdminPermissions.DashboardRead"/>): each module contributes its own
/// numbers through <see cref="IAdminStatsContributor"/>; request figures from every node's per-minute counts of every request.
/// </summary>
[ApplicationService("api/admin/stats", Tag = "Admin: stats", OperationIdPrefix = "Admin")]
[Permission(AdminPermissions.DashboardRead)]
public interface IAdminStatsAppService : IApplicationService
{
    /// <summary>
    /// Figures of the last <c>period</c> (<c>1h</c>, <c>24h</c> — the default —, <c>7d</c> or <c>30d</c>) with time series
    /// in buckets of 5 minutes, 1 hour, 6 hours or 1 day; any other period is 400.
    /// </summary>
    [Get("")]
    Task<AdminStatsDto> GetStatsAsync(string? period, CancellationToken cancellationToken);
}
