namespace StayHub.Framework.RequestStats;

/// <summary>How often one node answered one Problem Details code during one minute.</summary>
public sealed class RequestMinuteErrorCode
{
    public DateTimeOffset Minute { get; set; }

    public string Node { get; set; } = "";

    public string Code { get; set; } = "";

    public long Count { get; set; }
}
