using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using StayHub.Framework.Http.Security;

namespace StayHub.Notifications.Http;

/// <summary>
/// Live notifications. A connection authenticates with the access token (the query string's <c>access_token</c>
/// for WebSockets, which OpenIddict's validation reads) and joins its user's group; nothing is ever sent to a single
/// connection or to everyone, so a user only receives their own notifications, on whichever node they are connected.
/// </summary>
[Authorize]
internal sealed class NotificationHub : Hub
{
    public static string GroupOf(Guid userId) => "user:" + userId.ToString("N");

    public override async Task OnConnectedAsync()
    {
        if (!Guid.TryParse(Context.User?.FindFirst(StayHubClaims.Subject)?.Value, out var userId))
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(userId));
        await base.OnConnectedAsync();
    }
}
