namespace StayHub.Framework.Permissions;

public interface IPermissionChecker
{
    /// <summary>True when the permission is granted to the user directly or to any of their roles.</summary>
    Task<bool> IsGrantedAsync(Guid? userId, IEnumerable<string> roles, string permission, CancellationToken cancellationToken);
}
