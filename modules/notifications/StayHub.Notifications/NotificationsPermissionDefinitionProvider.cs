using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;
using StayHub.Notifications.Contracts;

namespace StayHub.Notifications;

internal sealed class NotificationsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Notifications", "Notifications")
        .Group("Notifications.Deliveries", "Email deliveries")
        .Add(NotificationPermissions.DeliveriesManage, "See notification email deliveries and retry failed ones", Roles.Admin);
}
