using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Http.Security;
using StayHub.Payments.Application;
using StayHub.Payments.Contracts;

namespace StayHub.Payments.Http.Endpoints;

public static class PaymentEndpoints
{
    public static void MapPaymentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/bookings/{id:guid}/payments", PayAsync)
            .RequireAuthorization()
            .WithIdempotency()
            .WithTags("Payments")
            .WithName("PayBooking")
            .WithSummary("Charge the booking's total with a payment method: 201 with status succeeded, requires_action (clientSecret) or failed (code).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        endpoints.MapPost("/api/payments/{id:guid}/sandbox/complete-authentication", CompleteSandboxAuthenticationAsync)
            .RequireAuthorization()
            .WithTags("Payments")
            .WithName("CompleteSandboxAuthentication")
            .WithSummary("Sandbox provider only: the guest passed 3-D Secure, as Stripe's client SDK and webhook would report; captures the payment.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapGet("/api/payments/{id:guid}", GetAsync)
            .RequireAuthorization()
            .WithTags("Payments")
            .WithName("GetPayment")
            .WithSummary("A payment, for its payer, the booking's host or an admin (404 for anyone else).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapHostPayoutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/host").WithTags("Host payouts").RequirePermission(PaymentPermissions.PayoutsManageOwn);
        group.MapGet("/payouts", ListPayoutsAsync)
            .WithName("ListMyPayouts")
            .WithSummary("My payouts, newest first: scheduled, paid, failed or cancelled, with amount and platform fees.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/payout-account", GetAccountAsync)
            .WithName("GetMyPayoutAccount")
            .WithSummary("My payout account, masked (404 when none is set).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/payout-account", SetAccountAsync)
            .WithName("SetMyPayoutAccount")
            .WithSummary("Set the connected account payouts go to; stored encrypted, shown masked.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static void MapAdminPaymentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/payments").WithTags("Admin: payments").RequirePermission(PaymentPermissions.PaymentsManage);
        group.MapGet(string.Empty, AdminListAsync)
            .WithName("AdminListPayments")
            .WithSummary("Every payment, newest first, by status or booking; with totalCount.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:guid}/refund", AdminRefundAsync)
            .WithIdempotency()
            .WithName("AdminRefundPayment")
            .WithSummary("Refund (part of) a captured payment; never more than was captured and not yet refunded.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
    }

    private static async Task<Created<PaymentDto>> PayAsync(Guid id, PayRequest request, PaymentService payments, CancellationToken cancellationToken)
    {
        var payment = await payments.PayAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/payments/{payment.Id}", payment);
    }

    private static async Task<Ok<PaymentDto>> CompleteSandboxAuthenticationAsync(Guid id, PaymentService payments, CancellationToken cancellationToken) =>
        TypedResults.Ok(await payments.CompleteSandboxAuthenticationAsync(id, cancellationToken));

    private static async Task<Ok<PaymentDto>> GetAsync(Guid id, PaymentService payments, CancellationToken cancellationToken) =>
        TypedResults.Ok(await payments.GetAsync(id, cancellationToken));

    private static async Task<Ok<CursorPage<PayoutDto>>> ListPayoutsAsync(string? cursor, int? pageSize, PayoutService payouts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await payouts.ListMineAsync(cursor, pageSize, cancellationToken));

    private static async Task<Results<Ok<PayoutAccountDto>, NotFound>> GetAccountAsync(PayoutService payouts, CancellationToken cancellationToken) =>
        await payouts.GetAccountAsync(cancellationToken) is { } account ? TypedResults.Ok(account) : TypedResults.NotFound();

    private static async Task<Ok<PayoutAccountDto>> SetAccountAsync(PayoutAccountRequest request, PayoutService payouts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await payouts.SetAccountAsync(request, cancellationToken));

    private static async Task<Ok<CursorPage<PaymentDto>>> AdminListAsync([AsParameters] AdminPaymentListQuery query, PaymentService payments, CancellationToken cancellationToken) =>
        TypedResults.Ok(await payments.AdminListAsync(query, cancellationToken));

    private static async Task<Ok<RefundDto>> AdminRefundAsync(Guid id, AdminRefundRequest? request, PaymentService payments, CancellationToken cancellationToken) =>
        TypedResults.Ok(await payments.AdminRefundAsync(id, request ?? new AdminRefundRequest(null, null), cancellationToken));
}
