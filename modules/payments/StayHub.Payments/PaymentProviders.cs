namespace StayHub.Payments;

/// <summary>Names of the payment providers.</summary>
internal static class PaymentProviders
{
    public const string Sandbox = "Sandbox";
    public const string Stripe = "Stripe";
}
