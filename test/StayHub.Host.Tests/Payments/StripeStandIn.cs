using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace StayHub.Host.Tests.Payments;

/// <summary>
/// Answers like Stripe's API for the calls StayHub makes (PaymentIntents, refunds, transfers), form-encoded in,
/// JSON out, errors in Stripe's shape, and replays a response for a repeated Idempotency-Key as Stripe does.
/// Test payment methods behave as in Stripe's test mode; <c>pm_card_providerOutage</c> makes the API answer 500.
/// </summary>
public sealed class StripeStandIn : IDisposable
{
    public const string SecretKey = "sk_test_stayhub_standin";
    public const string WebhookSecret = "whsec_stayhub_standin";

    private readonly ConcurrentDictionary<string, (int Status, string Body)> byIdempotencyKey = new();
    private int sequence;

    public StripeStandIn()
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath("/v1/payment_intents").UsingPost()).RespondWith(Response.Create().WithCallback(r => Answer(r, CreatePaymentIntent)));
        Server.Given(Request.Create().WithPath("/v1/refunds").UsingPost()).RespondWith(Response.Create().WithCallback(r => Answer(r, CreateRefund)));
        Server.Given(Request.Create().WithPath("/v1/transfers").UsingPost()).RespondWith(Response.Create().WithCallback(r => Answer(r, CreateTransfer)));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>Form fields of every call to <paramref name="path"/>, with the Idempotency-Key and Authorization headers.</summary>
    public IReadOnlyList<StripeCall> Calls(string path) => Server.LogEntries
        .Where(e => e.RequestMessage.Path == path)
        .Select(e => new StripeCall(
            QueryHelpers.ParseQuery(e.RequestMessage.Body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString()),
            e.RequestMessage.Headers!.TryGetValue("Idempotency-Key", out var key) ? key.ToString() : null,
            e.RequestMessage.Headers!.TryGetValue("Authorization", out var auth) ? auth.ToString() : null))
        .ToList();

    /// <summary>A Stripe event JSON, as Stripe would post it to the webhook endpoint.</summary>
    public static string Event(string id, string type, object dataObject, DateTimeOffset created) => JsonSerializer.Serialize(new
    {
        id,
        @object = "event",
        api_version = "2025-01-27.acacia",
        created = created.ToUnixTimeSeconds(),
        type,
        livemode = false,
        pending_webhooks = 1,
        request = new { id = (string?)null, idempotency_key = (string?)null },
        data = new { @object = dataObject },
    });

    public static object PaymentIntent(string id, long amount, string currency, string status, Guid? paymentId = null) => new
    {
        id,
        @object = "payment_intent",
        amount,
        currency,
        status,
        client_secret = id + "_secret_test",
        metadata = paymentId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["payment_id"] = paymentId.Value.ToString() },
        last_payment_error = status == "requires_payment_method" ? new { type = "card_error", code = "card_declined", message = "Your card was declined." } : null,
    };

    public static object Charge(string id, string paymentIntentId, long amount, long amountRefunded) => new
    {
        id,
        @object = "charge",
        amount,
        amount_refunded = amountRefunded,
        currency = "usd",
        payment_intent = paymentIntentId,
        refunded = amountRefunded == amount,
    };

    public static object Transfer(string id, long amount, string destination) => new { id, @object = "transfer", amount, currency = "usd", destination, reversed = true };

    /// <summary>The <c>Stripe-Signature</c> header Stripe sends: <c>t=timestamp,v1=HMAC-SHA256(secret, "t.payload")</c>.</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public void Dispose() => Server.Stop();

    private ResponseMessage Answer(IRequestMessage request, Func<Dictionary<string, string>, (int Status, string Body)> create)
    {
        var form = QueryHelpers.ParseQuery(request.Body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
        var key = request.Headers?.TryGetValue("Idempotency-Key", out var k) == true ? k.ToString() : null;
        var (status, body) = key is null ? create(form) : byIdempotencyKey.GetOrAdd(request.Path + ":" + key, _ => create(form));
        return new ResponseMessage
        {
            StatusCode = status,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json"), ["Request-Id"] = new($"req_{Next()}") },
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
        };
    }

    private (int, string) CreatePaymentIntent(Dictionary<string, string> form)
    {
        var id = $"pi_standin_{Next()}";
        var amount = long.Parse(form["amount"], CultureInfo.InvariantCulture);
        form.TryGetValue("metadata[payment_id]", out var paymentId);
        object Intent(string status) => PaymentIntent(id, amount, form["currency"], status, paymentId is null ? null : Guid.Parse(paymentId));
        return form["payment_method"] switch
        {
            "pm_card_chargeDeclined" => (402, JsonSerializer.Serialize(new
            {
                error = new
                {
                    type = "card_error",
                    code = "card_declined",
                    decline_code = "generic_decline",
                    message = "Your card was declined.",
                    payment_intent = Intent("requires_payment_method"),
                },
            })),
            "pm_card_authenticationRequired" => (200, JsonSerializer.Serialize(Intent("requires_action"))),
            "pm_card_providerOutage" => (500, JsonSerializer.Serialize(new { error = new { type = "api_error", message = "An unknown error occurred." } })),
            var pm when pm.StartsWith("pm_card_", StringComparison.Ordinal) => (200, JsonSerializer.Serialize(Intent("succeeded"))),
            var pm => (400, JsonSerializer.Serialize(new { error = new { type = "invalid_request_error", code = "resource_missing", param = "payment_method", message = $"No such PaymentMethod: '{pm}'" } })),
        };
    }

    private (int, string) CreateRefund(Dictionary<string, string> form) => (200, JsonSerializer.Serialize(new
    {
        id = $"re_standin_{Next()}",
        @object = "refund",
        amount = long.Parse(form["amount"], CultureInfo.InvariantCulture),
        payment_intent = form["payment_intent"],
        status = "succeeded",
        currency = "usd",
    }));

    private (int, string) CreateTransfer(Dictionary<string, string> form) => (200, JsonSerializer.Serialize(new
    {
        id = $"tr_standin_{Next()}",
        @object = "transfer",
        amount = long.Parse(form["amount"], CultureInfo.InvariantCulture),
        currency = form["currency"],
        destination = form["destination"],
    }));

    private int Next() => Interlocked.Increment(ref sequence);
}

public sealed record StripeCall(IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string? Authorization);
