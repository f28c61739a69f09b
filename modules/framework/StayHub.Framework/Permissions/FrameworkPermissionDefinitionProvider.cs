using StayHub.Framework.Contracts.Admin;

namespace StayHub.Framework.Permissions;

/// <summary>The framework's own permissions: the audit log and the admin dashboard, granted to admin on first sight.</summary>
internal sealed class FrameworkPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Auditing", "Auditing")
        .Group("Auditing.Logs", "Audit log")
        .Group("Admin", "Administration")
        .Group("Admin.Dashboard", "Dashboard")
        .Add(AdminPermissions.AuditLogsRead, "Read the audit log", AdminPermissions.AdminRole)
        .Add(AdminPermissions.DashboardRead, "Read the dashboard's activity figures", AdminPermissions.AdminRole);
}
