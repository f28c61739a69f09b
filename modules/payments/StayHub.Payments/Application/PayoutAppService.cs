using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Framework.Users;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;
using StayHub.Payments.Providers;

namespace StayHub.Payments.Application;

/// <summary>Host payouts: the host's list and payout account, and the release of due payouts.</summary>
internal sealed partial class PayoutAppService(
    PaymentsDbContext db,
    MoneyMovements money,
    IPaymentProvider provider,
    ICurrentUser currentUser,
    TimeProvider clock,
    ILogger<PayoutAppService> logger) : IPayoutAppService
{
    public async Task<CursorPage<PayoutDto>> ListMyPayoutsAsync(string? cursor, int? pageSize, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var size = Cursor.ClampPageSize(pageSize);
        var before = Cursor.Decode<Guid?>(cursor);
        var page = await db.Payouts.AsNoTracking()
            .Where(p => p.HostId == me && (before == null || p.Id < before))
            .OrderByDescending(p => p.Id)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var items = page.Take(size).Select(p => p.ToDto()).ToList();
        return new CursorPage<PayoutDto>(items, page.Count > size ? Cursor.Encode<Guid?>(items[^1].Id) : null);
    }

    public async Task<PayoutAccountDto> GetMyPayoutAccountAsync(CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.HostId == me, cancellationToken)
            ?? throw new NotFoundException("Payout account");
        return new PayoutAccountDto(account.Hint, account.Provider, account.UpdatedAt);
    }

    public async Task<PayoutAccountDto> SetMyPayoutAccountAsync(PayoutAccountRequest request, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var account = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.HostId == me, cancellationToken);
        if (account is null)
        {
            account = PayoutAccount.For(me);
            db.PayoutAccounts.Add(account);
        }

        account.Set(provider.Name, request.AccountId!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new PayoutAccountDto(account.Hint, account.Provider, account.UpdatedAt);
    }

    /// <summary>
    /// Sends every payout due at <paramref name="now"/>, one transaction each (row-locked, skipping rows another node
    /// holds), so one failing transfer never holds back the others. Returns how many were paid.
    /// </summary>
    public async Task<int> ReleaseDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Payouts.AsNoTracking()
            .Where(p => p.Status == PayoutStatus.Scheduled && p.ReleaseAt <= now)
            .OrderBy(p => p.ReleaseAt)
            .Select(p => new { p.Id, p.PaymentId })
            .Take(500)
            .ToListAsync(cancellationToken);
        var paid = 0;
        foreach (var item in due)
        {
            if (await ReleaseOneAsync(item.Id, item.PaymentId, now, cancellationToken))
            {
                paid++;
            }
        }

        return paid;
    }

    /// <summary>
    /// Every writer of a payout holds its payment's row lock first (refunds do too), so there is one lock order and
    /// no deadlock; SKIP LOCKED lets another node's run or a refund in progress pass this payout to the next run.
    /// </summary>
    private Task<bool> ReleaseOneAsync(Guid payoutId, Guid paymentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var payment = await db.Payments
                .FromSql($"SELECT *, xmin FROM payments.payments WHERE id = {paymentId} FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(ct);
            var payout = payment is null ? null : await db.Payouts.SingleOrDefaultAsync(p => p.Id == payoutId, ct);
            if (payment is null || payout is null || payout.Status != PayoutStatus.Scheduled || payout.ReleaseAt > now)
            {
                return false;
            }

            var account = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.HostId == payout.HostId, ct);
            if (account is null)
            {
                payout.Defer("Waiting for the host's payout account (PUT /api/host/payout-account).", clock.GetUtcNow());
                return false;
            }

            try
            {
                await money.ReleaseAsync(payout, payment, account.AccountId, ct);
                return true;
            }
            catch (PaymentProviderException ex) when (!ex.Transient)
            {
                LogTransferRefused(ex, payout.Id);
                db.MarkFailedAndAnnounce(payout, ex.Message, clock.GetUtcNow());
                return false;
            }
            catch (PaymentProviderException ex)
            {
                // Stays scheduled; the next run retries with the same idempotency key.
                LogTransferRetry(ex, payout.Id);
                payout.Defer("The payment provider was unavailable; retrying.", clock.GetUtcNow());
                return false;
            }
        }, cancellationToken);

    [LoggerMessage(LogLevel.Error, "The provider refused payout {PayoutId}.")]
    private partial void LogTransferRefused(Exception ex, Guid payoutId);

    [LoggerMessage(LogLevel.Warning, "Payout {PayoutId} could not be sent now; it will be retried.")]
    private partial void LogTransferRetry(Exception ex, Guid payoutId);
}
