namespace StayHub.Framework.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a response is replayed for its key (api-contract: 24 h).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a request may hold its key in progress. A node that died mid-request leaves its row behind; after
    /// this the key can be taken again instead of answering 409 for a day.
    /// </summary>
    public TimeSpan InProgressTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Responses with a larger body are not stored (the key is released, so a retry runs again).</summary>
    public int MaxStoredBodyBytes { get; set; } = 1024 * 1024;
}
