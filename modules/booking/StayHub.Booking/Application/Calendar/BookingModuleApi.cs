using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Application.Calendar;

/// <summary>
/// <see cref="IBookingModule"/>: host blocks are rows of the stays table, so the exclusion constraint arbitrates a
/// block racing a booking. Block edits of one listing are serialised by a transaction-scoped advisory lock, which
/// makes read-merge-write of neighbouring blocks safe without touching bookings' concurrency.
/// </summary>
internal sealed class BookingModuleApi(BookingDbContext db, TimeProvider clock) : IBookingModule
{
    public async Task<IReadOnlyList<StayRange>> GetUnavailableAsync(Guid listingId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.Stays.AsNoTracking().HeldBetween(listingId, from, to)
            .OrderBy(s => s.CheckIn)
            .Select(s => new StayRange(s.CheckIn, s.CheckOut, s is HostBlock ? Stay.BlockKind : Stay.BookingKind))
            .ToListAsync(cancellationToken);

    public Task ApplyBlocksAsync(
        Guid listingId, Guid hostId, IReadOnlyList<NightRange> blocks, IReadOnlyList<NightRange> unblocks, CancellationToken cancellationToken)
    {
        foreach (var range in blocks.Concat(unblocks))
        {
            EnsureRange(range.From, range.To);
        }

        if (blocks.Count + unblocks.Count == 0)
        {
            return Task.CompletedTask;
        }

        // One transaction for the whole list: each step saves (later steps must see earlier merges), and a refusal
        // anywhere rolls every earlier step back with it.
        return InLockedTransactionAsync(listingId, async () =>
        {
            foreach (var block in blocks)
            {
                await BlockCoreAsync(listingId, hostId, block.From, block.To, cancellationToken);
            }

            foreach (var unblock in unblocks)
            {
                await UnblockCoreAsync(listingId, unblock.From, unblock.To, cancellationToken);
            }
        }, cancellationToken);
    }

    private async Task BlockCoreAsync(Guid listingId, Guid hostId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.Stays.HeldBetween(listingId, from, to).AnyAsync(s => s is GuestBooking, cancellationToken))
        {
            throw new ConflictException(BookingErrorCodes.DatesUnavailable, "A booking holds some of these nights.");
        }

        // Touching (check-out day = next from) as well as overlapping blocks merge into one.
        var neighbours = await db.Blocks
            .Where(s => s.ListingId == listingId && s.CheckIn <= to && s.CheckOut >= from)
            .OrderBy(s => s.CheckIn)
            .ToListAsync(cancellationToken);
        if (neighbours.Count == 0)
        {
            var block = HostBlock.New(listingId, hostId, from, to, now);
            db.Blocks.Add(block);
            db.Publish(new StayReserved(Guid.CreateVersion7(now), now, listingId, block.Id, from, to));
        }
        else
        {
            var kept = neighbours[0];
            var start = neighbours[0].CheckIn < from ? neighbours[0].CheckIn : from;
            var end = neighbours.Max(b => b.CheckOut) > to ? neighbours.Max(b => b.CheckOut) : to;
            foreach (var merged in neighbours.Skip(1))
            {
                db.Blocks.Remove(merged);
                db.Publish(new StayReleased(Guid.CreateVersion7(now), now, listingId, merged.Id));
            }

            // Deletes must reach PostgreSQL before the widened row, or the constraint sees them overlap.
            await db.SaveStaysAsync(cancellationToken);
            kept.Extend(start, end, now);
            db.Publish(new StayReserved(Guid.CreateVersion7(now), now, listingId, kept.Id, kept.CheckIn, kept.CheckOut));
        }

        await db.SaveStaysAsync(cancellationToken);
    }

    private async Task UnblockCoreAsync(Guid listingId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var blocks = await db.Blocks
            .Where(s => s.ListingId == listingId && s.CheckIn < to && s.CheckOut > from)
            .ToListAsync(cancellationToken);
        foreach (var block in blocks)
        {
            var (left, right) = (block.CheckIn < from, block.CheckOut > to);
            var originalEnd = block.CheckOut;
            db.Publish(new StayReleased(Guid.CreateVersion7(now), now, listingId, block.Id));
            if (!left && !right)
            {
                db.Blocks.Remove(block);
                continue;
            }

            block.Trim(left ? block.CheckIn : to, left ? from : block.CheckOut, now);
            db.Publish(new StayReserved(Guid.CreateVersion7(now), now, listingId, block.Id, block.CheckIn, block.CheckOut));
            if (left && right)
            {
                var tail = HostBlock.New(listingId, block.HostId, to, originalEnd, now);
                db.Blocks.Add(tail);
                db.Publish(new StayReserved(Guid.CreateVersion7(now), now, listingId, tail.Id, to, originalEnd));
            }
        }

        await db.SaveStaysAsync(cancellationToken);
    }

    public Task<bool> HasUpcomingStaysAsync(Guid listingId, DateOnly today, CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking().AnyAsync(
            s => s.ListingId == listingId && s.Status == BookingStatus.Confirmed && s.CheckOut > today,
            cancellationToken);

    public Task<bool> HasConfirmedStayAsync(Guid listingId, Guid guestId, CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking().AnyAsync(
            s => s.ListingId == listingId && s.GuestId == guestId
                && (s.Status == BookingStatus.Confirmed || s.Status == BookingStatus.Completed),
            cancellationToken);

    private static void EnsureRange(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            throw RequestValidationException.ForField("to", "to must be after from.");
        }
    }

    private Task InLockedTransactionAsync(Guid listingId, Func<Task> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Key: the listing id folded to 64 bits; released with the transaction.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(listingId)})", cancellationToken);
            try
            {
                await work();
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                // The rollback discards the rows; the tracked entities and outbox messages must not outlive it either.
                db.ChangeTracker.Clear();
                throw;
            }
        });

    private static long LockKey(Guid listingId)
    {
        Span<byte> bytes = stackalloc byte[16];
        listingId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
