using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

internal sealed class UnavailabilityConfiguration : IEntityTypeConfiguration<Unavailability>
{
    public void Configure(EntityTypeBuilder<Unavailability> b)
    {
        b.ToTable("unavailability");
        b.HasKey(u => u.StayId);
        b.Property(u => u.StayId).ValueGeneratedNever();
        b.Property(u => u.Period).HasColumnType("daterange");
        // Serves search's "free for these dates" NOT EXISTS (btree_gist lets the uuid share the GiST index).
        b.HasIndex(u => new { u.ListingId, u.Period }).HasMethod("gist");
    }
}
