namespace StayHub.Payments.Providers;

/// <summary>The provider refused or could not be reached.</summary>
internal sealed class PaymentProviderException(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Whether trying again later may succeed (network, 5xx, rate limit).</summary>
    public bool Transient { get; } = transient;
}
