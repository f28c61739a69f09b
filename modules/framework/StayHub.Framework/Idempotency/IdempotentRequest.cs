using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Idempotency;

/// <summary>
/// The Idempotency-Key the current request holds (scoped; set by the idempotency middleware). An endpoint that
/// creates something records what it created with <see cref="RecordCreatedAsync"/> inside its own transaction, so the
/// key and the resource commit together or not at all. A node killed after that commit but before the answer was
/// stored leaves the key pointing at the resource: the retry runs the endpoint again with
/// <see cref="CommittedResource"/> set, and the endpoint answers with that resource instead of creating another.
/// </summary>
public sealed class IdempotentRequest
{
    private const string Qualified = IdempotencyDbContext.SchemaName + "." + IdempotencyStore.Table;

    private string? key;
    private Guid lockId;

    /// <summary>Whether this request holds an Idempotency-Key (false without the header or off idempotent endpoints).</summary>
    public bool HoldsKey => key is not null;

    /// <summary>
    /// The resource an earlier run of this key committed without storing its answer; the endpoint must answer with it
    /// and create nothing. Null on a first run.
    /// </summary>
    public string? CommittedResource { get; private set; }

    internal void Hold(string heldKey, Guid heldLockId, string? committedResource)
    {
        key = heldKey;
        lockId = heldLockId;
        CommittedResource = committedResource;
    }

    /// <summary>
    /// Records the resource this request creates against its key, in <paramref name="db"/>'s current transaction
    /// (same database, schema <c>idempotency</c>). Call it before the change is saved: the row lock it takes makes a
    /// concurrent takeover of the key wait for this transaction. 409 <c>idempotency.in_progress</c> (and nothing is
    /// created) when the key is no longer this request's: its lease ran out and a retry took it over.
    /// No-op when the request holds no key.
    /// </summary>
    public async Task RecordCreatedAsync(DbContext db, string resource, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Record the created resource inside the transaction that creates it.");
        }

        var rows = await db.Database.ExecuteSqlRawAsync(
            $"UPDATE {Qualified} SET resource = {{0}} WHERE key = {{1}} AND lock_id = {{2}} AND resource IS NULL AND completed_at IS NULL",
            [resource, key, lockId],
            cancellationToken);
        if (rows != 1)
        {
            throw new ConflictException(IdempotencyErrorCodes.InProgress, "This Idempotency-Key was taken over by a retry of the same request; retry later.");
        }
    }
}
