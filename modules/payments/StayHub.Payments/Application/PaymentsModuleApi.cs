using Microsoft.Extensions.Options;
using StayHub.Payments.Contracts;

namespace StayHub.Payments.Application;

/// <summary><see cref="IPaymentsModule"/>: the settings of payments other modules price with.</summary>
internal sealed class PaymentsModuleApi(IOptions<PaymentsOptions> options) : IPaymentsModule
{
    public int ServiceFeePercent => options.Value.ServiceFeePercent;
}
