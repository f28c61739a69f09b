using Microsoft.EntityFrameworkCore;
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
