using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.DataProtection;

/// <summary>
/// The Data Protection key ring, in PostgreSQL rather than Redis: encrypted columns outlive any cache, so
/// the keys that decrypt them must be as durable as the data (a Redis flush would make PII unreadable).
/// </summary>
internal sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options)
    : ModuleDbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "data_protection";

    protected override string Schema => SchemaName;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<DataProtectionKey>().ToTable("keys");
    }
}
