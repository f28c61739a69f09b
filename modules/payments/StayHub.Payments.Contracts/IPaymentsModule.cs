namespace StayHub.Payments.Contracts;

/// <summary>What other modules may ask payments synchronously.</summary>
public interface IPaymentsModule
{
    /// <summary>
    /// The guest service fee, a whole percent (0–100) of nights + cleaning (<c>Payments:ServiceFeePercent</c>).
    /// Payments owns it; booking prices it into each quote and each booking's snapshot.
    /// </summary>
    int ServiceFeePercent { get; }
}
