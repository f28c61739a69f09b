using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Persistence;

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.ToTable("account_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Purpose).HasMaxLength(AccountTokenPurpose.MaxLength);
        builder.Property(t => t.TokenHash).HasMaxLength(32);
        // Redemption looks a token up by its hash; 256 random bits never collide, so a duplicate is a bug.
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => new { t.UserId, t.Purpose });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
