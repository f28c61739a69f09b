namespace StayHub.Identity.Domain;

/// <summary>
/// A single-use, expiring secret mailed to an account's address (email confirmation, password reset). Only the
/// SHA-256 of the token is stored, so a database leak yields no usable links; the 256-bit token itself makes
/// the hash safe without a salt or a slow KDF.
/// </summary>
public sealed class AccountToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    /// <summary>One of <see cref="AccountTokenPurpose"/>: a token for one flow is worthless in another.</summary>
    public required string Purpose { get; init; }

    public required byte[] TokenHash { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set once, atomically, when the token is redeemed (or invalidated by a later reset).</summary>
    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
