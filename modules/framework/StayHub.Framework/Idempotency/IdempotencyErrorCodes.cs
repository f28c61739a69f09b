namespace StayHub.Framework.Idempotency;

/// <summary>Error codes of the idempotency convention.</summary>
public static class IdempotencyErrorCodes
{
    public const string InvalidKey = "idempotency.invalid_key";
    public const string KeyReused = "idempotency.key_reused";
    public const string InProgress = "idempotency.in_progress";
}
