using System.Globalization;
using System.Net;
using Stripe;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Providers;

/// <summary>
/// Stripe through the official Stripe.net client: PaymentIntents created and confirmed server-side, refunds against
/// the PaymentIntent, Connect transfers for payouts. Every call carries our idempotency key.
/// </summary>
internal sealed class StripePaymentProvider(IStripeClient client) : IPaymentProvider
{
    public string Name => PaymentProviders.Stripe;

    public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var options = new PaymentIntentCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            PaymentMethod = request.PaymentMethodId,
            Confirm = true,
            // Server-side confirmation: a redirect-based method could not finish without a return URL, so only
            // methods that complete in place (or via 3-D Secure with the client secret) are allowed.
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
            TransferGroup = request.BookingId.ToString(),
            Metadata = new Dictionary<string, string>
            {
                ["payment_id"] = request.PaymentId.ToString(),
                ["booking_id"] = request.BookingId.ToString(),
            },
        };
        try
        {
            var intent = await new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
            return intent.Status switch
            {
                "succeeded" => new ChargeResult(PaymentStatus.Succeeded, intent.Id),
                "requires_action" => new ChargeResult(PaymentStatus.RequiresAction, intent.Id, ClientSecret: intent.ClientSecret),
                "processing" => new ChargeResult(PaymentStatus.Processing, intent.Id),
                _ => new ChargeResult(PaymentStatus.Failed, intent.Id, FailureCode: MapFailure(intent.LastPaymentError?.Code),
                    FailureMessage: intent.LastPaymentError?.Message ?? $"The payment ended as '{intent.Status}'."),
            };
        }
        catch (StripeException ex) when (ex.StripeError?.Type == "card_error")
        {
            return new ChargeResult(PaymentStatus.Failed, ex.StripeError.PaymentIntent?.Id, FailureCode: MapFailure(ex.StripeError.Code), FailureMessage: ex.StripeError.Message);
        }
        catch (StripeException ex) when (ex.StripeError?.Type == "invalid_request_error" && ex.StripeError.Param == "payment_method")
        {
            return new ChargeResult(PaymentStatus.Failed, null, FailureCode: PaymentErrorCodes.InvalidPaymentMethod, FailureMessage: ex.StripeError.Message);
        }
        catch (StripeException ex)
        {
            throw Translate(ex);
        }
    }

    public async Task<string> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var refund = await new RefundService(client).CreateAsync(
                new RefundCreateOptions
                {
                    PaymentIntent = request.ProviderPaymentId,
                    Amount = request.Amount,
                    Metadata = new Dictionary<string, string> { ["payment_id"] = request.PaymentId.ToString() },
                },
                new RequestOptions { IdempotencyKey = request.IdempotencyKey },
                cancellationToken);
            return refund.Status is "failed" or "canceled"
                ? throw new PaymentProviderException($"Stripe refused the refund ({refund.Status}: {refund.FailureReason}).", transient: false)
                : refund.Id;
        }
        catch (StripeException ex)
        {
            throw Translate(ex);
        }
    }

    public async Task<string> TransferAsync(ProviderTransferRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var transfer = await new TransferService(client).CreateAsync(
                new TransferCreateOptions
                {
                    Amount = request.Amount,
                    Currency = request.Currency.ToLowerInvariant(),
                    Destination = request.DestinationAccountId,
                    TransferGroup = request.BookingId.ToString(),
                    Metadata = new Dictionary<string, string>
                    {
                        ["payout_id"] = request.PayoutId.ToString(),
                        ["booking_id"] = request.BookingId.ToString(),
                    },
                },
                new RequestOptions { IdempotencyKey = request.IdempotencyKey },
                cancellationToken);
            return transfer.Id;
        }
        catch (StripeException ex)
        {
            throw Translate(ex);
        }
    }

    private static string MapFailure(string? stripeCode) => stripeCode switch
    {
        "resource_missing" or "payment_method_invalid" => PaymentErrorCodes.InvalidPaymentMethod,
        _ => PaymentErrorCodes.CardDeclined,
    };

    private static PaymentProviderException Translate(StripeException ex)
    {
        var status = (int)ex.HttpStatusCode;
        var transient = status == 0 || status >= 500 || ex.HttpStatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict;
        var detail = ex.StripeError is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"{e.Type}/{e.Code}: {e.Message}")
            : ex.Message;
        return new PaymentProviderException($"Stripe answered {status}: {detail}", transient, ex);
    }
}
