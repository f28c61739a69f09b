namespace StayHub.Framework.Contracts.Admin;

/// <summary>
/// Implemented by a module that has figures for the admin dashboard: it reads only its own tables and answers for the
/// window it is given. Register it as a service (scoped); the dashboard asks every one.
/// </summary>
public interface IAdminStatsContributor
{
    /// <summary>The module's figures for <paramref name="window"/>, read from its own tables only.</summary>
    Task<AdminStatsContribution> ContributeAsync(AdminStatsWindow window, CancellationToken cancellationToken);
}
