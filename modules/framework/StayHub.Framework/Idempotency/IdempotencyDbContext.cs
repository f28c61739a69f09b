using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Idempotency;

/// <summary>Stored responses of <c>Idempotency-Key</c> requests, in PostgreSQL so every node sees them (schema <c>idempotency</c>).</summary>
internal sealed class IdempotencyDbContext(DbContextOptions<IdempotencyDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "idempotency";

    protected override string Schema => SchemaName;

    public DbSet<IdempotencyRecord> Records => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<IdempotencyRecord>(b =>
        {
            b.ToTable(IdempotencyStore.Table);
            b.HasKey(x => x.Key);
            b.Property(x => x.Fingerprint).HasMaxLength(32);
            b.Property(x => x.ContentType).HasMaxLength(256);
            b.Property(x => x.Location).HasMaxLength(2048);
            b.Property(x => x.Resource).HasMaxLength(256);
            // The opportunistic purge deletes by expiry.
            b.HasIndex(x => x.ExpiresAt);
        });
    }
}

/// <summary>
/// One idempotency key: in progress (<see cref="StatusCode"/> null, owned by <see cref="LockId"/> until
/// <see cref="LockedUntil"/>), committed without an answer (<see cref="Resource"/> set) or completed with the response to replay until <see cref="ExpiresAt"/>.
/// </summary>
internal sealed class IdempotencyRecord
{
    /// <summary>User (or "anonymous"), method, route pattern and the client's key.</summary>
    public string Key { get; set; } = null!;

    /// <summary>SHA-256 of method, path, query and body.</summary>
    public byte[] Fingerprint { get; set; } = null!;

    public Guid LockId { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LockedUntil { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>
    /// What the run holding the key created, written in the same transaction as the creation
    /// (<see cref="IdempotentRequest.RecordCreatedAsync"/>): set with no answer means the run committed but its answer
    /// was lost, and a retry answers with this resource.
    /// </summary>
    public string? Resource { get; set; }
}

internal sealed class IdempotencyDbContextDesignFactory : IDesignTimeDbContextFactory<IdempotencyDbContext>
{
    public IdempotencyDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<IdempotencyDbContext>(IdempotencyDbContext.SchemaName));
}
