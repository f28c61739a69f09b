using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Payments.Contracts;

/// <summary>A host's payouts and the account they go to (permission <see cref="PaymentPermissions.PayoutsManageOwn"/>, hosts have it).</summary>
[ApplicationService("api/host", Tag = "Host payouts")]
[Permission(PaymentPermissions.PayoutsManageOwn)]
public interface IPayoutAppService : IApplicationService
{
    /// <summary>My payouts, newest first: scheduled, paid, failed or cancelled, with amount and platform fees.</summary>
    [Get("payouts")]
    Task<CursorPage<PayoutDto>> ListMyPayoutsAsync(string? cursor, int? pageSize, CancellationToken cancellationToken);

    /// <summary>My payout account, masked (404 when none is set).</summary>
    [Get("payout-account")]
    [ProducesErrors(404)]
    Task<PayoutAccountDto> GetMyPayoutAccountAsync(CancellationToken cancellationToken);

    /// <summary>Set the connected account payouts go to; stored encrypted, shown masked.</summary>
    [Put("payout-account")]
    Task<PayoutAccountDto> SetMyPayoutAccountAsync(PayoutAccountRequest request, CancellationToken cancellationToken);
}
