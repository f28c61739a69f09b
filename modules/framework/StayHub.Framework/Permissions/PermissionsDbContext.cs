using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Permissions;

internal sealed class PermissionsDbContext(DbContextOptions<PermissionsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "permissions";

    protected override string Schema => SchemaName;

    public DbSet<PermissionGrant> Grants => Set<PermissionGrant>();

    public DbSet<PermissionSeedMark> SeedMarks => Set<PermissionSeedMark>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("permission_grants");
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(128);
            b.Property(x => x.ProviderName).HasMaxLength(16);
            b.Property(x => x.ProviderKey).HasMaxLength(64);
            b.HasIndex(x => new { x.ProviderName, x.ProviderKey, x.Name }).IsUnique();
        });
        modelBuilder.Entity<PermissionSeedMark>(b =>
        {
            b.ToTable("permission_seed_marks");
            b.HasKey(x => x.Name);
            b.Property(x => x.Name).HasMaxLength(128);
        });
    }
}
