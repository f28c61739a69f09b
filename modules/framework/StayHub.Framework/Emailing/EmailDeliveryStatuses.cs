namespace StayHub.Framework.Emailing;

/// <summary>Statuses of an <see cref="EmailDelivery"/>.</summary>
public static class EmailDeliveryStatuses
{
    /// <summary>Not tried yet (or retried by an operator).</summary>
    public const string Pending = "pending";

    /// <summary>The SMTP server accepted it.</summary>
    public const string Sent = "sent";

    /// <summary>Tried and failed; it will be tried again at <see cref="EmailDelivery.NextAttemptAt"/>.</summary>
    public const string Failed = "failed";

    /// <summary>Given up: a permanent rejection or too many attempts. Only an operator's retry revives it.</summary>
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, Failed, Dead];
}
