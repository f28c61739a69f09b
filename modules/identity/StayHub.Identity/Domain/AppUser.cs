using Microsoft.AspNetCore.Identity;

namespace StayHub.Identity.Domain;

public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int BioMaxLength = 1000;
    public const int LockReasonMaxLength = 500;

    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; set; } = string.Empty;

    public string? Bio { get; set; }

    public string? PhotoUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last password or authorization-code sign-in (token refreshes are not sign-ins).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Why an administrator locked the account; null when it is not locked by an administrator.</summary>
    public string? LockReason { get; set; }

    /// <summary>When an administrator locked the account.</summary>
    public DateTimeOffset? LockedAt { get; set; }

    /// <summary>The administrator who locked the account.</summary>
    public Guid? LockedBy { get; set; }

    public UserPreferences Preferences { get; set; } = new();
}
