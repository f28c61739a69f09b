namespace StayHub.Payments.Domain;

/// <summary>Where a host's payouts go. The account id is stored encrypted (Data Protection), never in clear.</summary>
internal sealed class PayoutAccount
{
    public const int AccountIdMaxLength = 255;

    private PayoutAccount()
    {
    }

    public Guid HostId { get; private set; }

    public string Provider { get; private set; } = string.Empty;

    public string AccountId { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public string Hint => AccountId.Length <= 4 ? AccountId : AccountId[^4..];

    public static PayoutAccount For(Guid hostId) => new() { HostId = hostId };

    public void Set(string provider, string accountId, DateTimeOffset now)
    {
        Provider = provider;
        AccountId = accountId;
        UpdatedAt = now;
    }
}
