namespace StayHub.Framework.Users;

/// <summary>The caller of the current request (or nobody, in background work).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);

    /// <summary>The caller's id, or an unauthorized error when there is none.</summary>
    Guid GetRequiredId();
}
