namespace StayHub.Framework.Contracts.Admin;

/// <summary>Permission names the framework defines for the admin surface (<c>Module.Group.Action</c>).</summary>
public static class AdminPermissions
{
    /// <summary>Read the audit log (every non-GET request with its entity changes).</summary>
    public const string AuditLogsRead = "Auditing.Logs.Read";

    /// <summary>Read the dashboard's activity figures and time series.</summary>
    public const string DashboardRead = "Admin.Dashboard.Read";

    /// <summary>The role that holds every admin permission by default (the identity module's <c>admin</c>).</summary>
    public const string AdminRole = "admin";
}
