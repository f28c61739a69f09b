using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Application;
using StayHub.Payments.Contracts;
using StayHub.Framework.Http.Modularity;
using StayHub.Payments.Http.Endpoints;

namespace StayHub.Payments.Http;

/// <summary>Payments' application services over HTTP (pay, read, host payouts, admin payments) and the Stripe webhook.</summary>
public sealed class PaymentsHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(PaymentsModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationService<IPaymentAppService>();
        endpoints.MapApplicationService<IPayoutAppService>();
        endpoints.MapApplicationService<IPaymentAdminAppService>();
        // A protocol endpoint: Stripe's signed event delivery, not a use case of ours.
        endpoints.MapStripeWebhookEndpoint();
    }
}
