using Npgsql;
using StayHub.Framework.Admin;
using StayHub.Framework.Contracts.Admin;
using StayHub.Payments.Contracts;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application.Stats;

/// <summary>
/// Payments' dashboard figure from its own payments table: the platform's service fees of the payments captured in
/// the window, per currency, before any refund.
/// </summary>
internal sealed class PaymentStatsContributor(NpgsqlDataSource dataSource) : IAdminStatsContributor
{
    private const string Captured =
        $"status IN ('{PaymentStatuses.Succeeded}', '{PaymentStatuses.PartiallyRefunded}', '{PaymentStatuses.Refunded}')";

    public async Task<AdminStatsContribution> ContributeAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        var fees = await StatsSql.SumByCurrencyAsync(
            dataSource, $"{PaymentsDbContext.SchemaName}.payments", "created_at", "service_fee", "currency", Captured, window,
            "payments.platform_fees", "Platform fees (captured payments)", cancellationToken);
        return new AdminStatsContribution([], [fees], []);
    }
}
