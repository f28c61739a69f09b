using Npgsql;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Framework.Admin;
using StayHub.Framework.Contracts.Admin;

namespace StayHub.Booking.Application.Stats;

/// <summary>
/// Booking's dashboard figures from its own stays table: bookings created, confirmed and cancelled in the window
/// (each by the time of that step), and the gross booking value — the totals guests pay, per currency — of the bookings
/// confirmed in it. Host blocks are not bookings and never count.
/// </summary>
internal sealed class BookingStatsContributor(NpgsqlDataSource dataSource) : IAdminStatsContributor
{
    private const string Stays = $"{BookingDbContext.SchemaName}.stays";
    private const string Bookings = $"kind = '{Stay.BookingKind}'";

    public async Task<AdminStatsContribution> ContributeAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        var created = await StatsSql.CountSeriesAsync(dataSource, Stays, "created_at", Bookings, window, "bookings.created", "Bookings created", cancellationToken);
        var confirmed = await StatsSql.CountSeriesAsync(dataSource, Stays, "confirmed_at", Bookings, window, "bookings.confirmed", "Bookings confirmed", cancellationToken);
        var cancelled = await StatsSql.CountSeriesAsync(dataSource, Stays, "cancelled_at", Bookings, window, "bookings.cancelled", "Bookings cancelled", cancellationToken);
        var grossValue = await StatsSql.SumByCurrencyAsync(
            dataSource, Stays, "confirmed_at", "total", "currency", Bookings, window, "bookings.gross_value", "Gross booking value (confirmed)", cancellationToken);
        return new AdminStatsContribution(
            [StatsSql.Total(created), StatsSql.Total(confirmed), StatsSql.Total(cancelled)],
            [grossValue],
            [created, confirmed, cancelled]);
    }
}
