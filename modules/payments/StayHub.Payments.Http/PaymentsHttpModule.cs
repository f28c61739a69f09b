using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Modularity;
using StayHub.Payments.Http.Endpoints;

namespace StayHub.Payments.Http;

/// <summary>Payment routes: pay a booking, read a payment, Stripe webhooks, host payouts, admin payments.</summary>
public sealed class PaymentsHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(PaymentsModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPaymentEndpoints();
        endpoints.MapStripeWebhookEndpoint();
        endpoints.MapHostPayoutEndpoints();
        endpoints.MapAdminPaymentEndpoints();
    }
}
