using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Payments.Application;

namespace StayHub.Payments.Http.Endpoints;

public static class StripeWebhookEndpoint
{
    public static void MapStripeWebhookEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/payments/webhooks/stripe", ReceiveAsync)
            .AllowAnonymous()
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's webhook: the Stripe-Signature header is verified; duplicates and out-of-order events are harmless.")
            .Accepts<object>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Ok<WebhookReceipt>> ReceiveAsync(HttpRequest request, StripeWebhookProcessor processor, CancellationToken cancellationToken)
    {
        // The signature covers the exact bytes sent, so the body is read raw, never re-serialised.
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        var processed = await processor.ProcessAsync(json, request.Headers["Stripe-Signature"].ToString(), cancellationToken);
        return TypedResults.Ok(new WebhookReceipt(processed ? "processed" : "duplicate"));
    }
}
