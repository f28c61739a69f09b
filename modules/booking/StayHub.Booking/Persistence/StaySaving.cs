using Microsoft.EntityFrameworkCore;
using Npgsql;
using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Persistence;

internal static class StaySaving
{
    /// <summary>
    /// Saves, turning the exclusion constraint's verdict (23P01) into the contract's 409 and a lost xmin race into a
    /// retryable 409. PostgreSQL is the judge of overlaps; nothing here re-checks dates.
    /// </summary>
    public static async Task SaveStaysAsync(this BookingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(BookingErrorCodes.ConcurrentChange, "The booking was changed at the same time; reload and retry.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            throw new ConflictException(BookingErrorCodes.DatesUnavailable, "Some of these nights are no longer available.");
        }
    }
}
