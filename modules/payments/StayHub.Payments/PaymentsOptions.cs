namespace StayHub.Payments;

/// <summary>Configuration section <c>Payments</c>.</summary>
internal sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary><c>Sandbox</c> or <c>Stripe</c>; empty = Stripe when a secret key is set, else Sandbox.</summary>
    public string? Provider { get; set; }

    /// <summary>Guest service fee, percent of nights + cleaning fee (whole percent, 0–100); booking prices it in (<see cref="Contracts.IPaymentsModule"/>).</summary>
    public int ServiceFeePercent { get; set; } = 12;

    /// <summary>Host fee percent, taken from the host's share (nights + cleaning) at settlement.</summary>
    public int HostFeePercent { get; set; } = 3;

    /// <summary>How long after check-in a host payout is released.</summary>
    public TimeSpan PayoutDelay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the payout job looks for due payouts.</summary>
    public TimeSpan PayoutJobInterval { get; set; } = TimeSpan.FromMinutes(5);

    public StripeOptions Stripe { get; set; } = new();

    public string EffectiveProvider =>
        !string.IsNullOrWhiteSpace(Provider) ? Provider.Trim()
        : !string.IsNullOrWhiteSpace(Stripe.SecretKey) ? PaymentProviders.Stripe
        : PaymentProviders.Sandbox;
}
