namespace StayHub.Framework.Idempotency;

/// <summary>
/// One idempotency key: in progress (<see cref="StatusCode"/> null, owned by <see cref="LockId"/> until
/// <see cref="LockedUntil"/>), committed without an answer (<see cref="Resource"/> set) or completed with the response to replay until <see cref="ExpiresAt"/>.
/// </summary>
internal sealed class IdempotencyRecord
{
    /// <summary>User (or "anonymous"), method, route pattern and the client's key.</summary>
    public string Key { get; set; } = null!;

    /// <summary>SHA-256 of method, path, query and body.</summary>
    public byte[] Fingerprint { get; set; } = null!;

    public Guid LockId { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LockedUntil { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>
    /// What the run holding the key created, written in the same transaction as the creation
    /// (<see cref="IdempotentRequest.RecordCreatedAsync"/>): set with no answer means the run committed but its answer
    /// was lost, and a retry answers with this resource.
    /// </summary>
    public string? Resource { get; set; }
}
