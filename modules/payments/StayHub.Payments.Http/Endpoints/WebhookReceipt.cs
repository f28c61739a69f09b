using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Payments.Application;

namespace StayHub.Payments.Http.Endpoints;

/// <summary>Answer to Stripe: any 2xx stops its retries.</summary>
/// <param name="Result"><c>processed</c> or <c>duplicate</c>.</param>
public sealed record WebhookReceipt(string Result);
