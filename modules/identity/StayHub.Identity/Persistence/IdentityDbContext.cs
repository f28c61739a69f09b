using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.DataProtection;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, IPiiProtector protector)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IHasPiiProtector
{
    public IPiiProtector PiiProtector => protector;

    public const string SchemaName = "identity";

    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(SchemaName);
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();

        builder.Entity<AppUser>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
            b.Property(u => u.Bio).HasMaxLength(AppUser.BioMaxLength);
            b.Property(u => u.PhotoUrl).HasMaxLength(1024);
            b.Property(u => u.LockReason).HasMaxLength(AppUser.LockReasonMaxLength);
            // PII at rest: the column holds Data Protection ciphertext, never the number.
            b.Property(u => u.PhoneNumber).HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)new ProtectedStringConverter(protector));
            b.OwnsOne(u => u.Preferences, p =>
            {
                p.ToJson("preferences");
                p.OwnsOne(x => x.Email);
                p.OwnsOne(x => x.InApp);
            });
            // Identity's own email index is not unique; two racing sign-ups must not both win.
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email").IsUnique();
        });
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<ServerKey>(b =>
        {
            b.ToTable("server_keys");
            b.HasKey(k => k.Id);
            b.Property(k => k.Use).HasMaxLength(16);
        });
        builder.ApplyConfiguration(new AccountTokenConfiguration());
    }
}
