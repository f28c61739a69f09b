namespace StayHub.Payments;

/// <summary>Configuration section <c>Payments:Stripe</c>.</summary>
internal sealed class StripeOptions
{
    public string? SecretKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>API base URL; only set for a local stand-in (tests).</summary>
    public string? ApiBase { get; set; }

    /// <summary>How old a webhook's signed timestamp may be, in seconds (Stripe's default is 300).</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;
}
