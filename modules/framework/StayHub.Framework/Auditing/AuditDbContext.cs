using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Auditing;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "audit";

    protected override string Schema => SchemaName;

    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<AuditLog>(b =>
        {
            b.ToTable("audit_logs");
            b.HasKey(x => x.Id);
            b.Property(x => x.HttpMethod).HasMaxLength(16);
            b.Property(x => x.Path).HasMaxLength(2048);
            b.Property(x => x.UserName).HasMaxLength(256);
            b.Property(x => x.ClientIp).HasMaxLength(64);
            b.Property(x => x.UserAgent).HasMaxLength(512);
            b.Property(x => x.TraceId).HasMaxLength(64);
            b.Property(x => x.ErrorCode).HasMaxLength(128);
            b.OwnsMany(x => x.EntityChanges, c => c.ToJson("entity_changes"));
            // Every list filter walks one of these newest first and stops after a page (AuditLogListSql); the
            // retention job's oldest-first delete and the stats' time range use the first.
            b.HasIndex(x => new { x.CreatedAt, x.Id });
            b.HasIndex(x => new { x.UserId, x.CreatedAt, x.Id });
            b.HasIndex(x => new { x.ErrorCode, x.CreatedAt, x.Id }).HasFilter("error_code IS NOT NULL");
            b.HasIndex(x => x.TraceId);
        });
    }
}
