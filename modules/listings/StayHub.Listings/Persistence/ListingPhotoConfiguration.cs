using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

internal sealed class ListingPhotoConfiguration : IEntityTypeConfiguration<ListingPhoto>
{
    public void Configure(EntityTypeBuilder<ListingPhoto> b)
    {
        b.ToTable("listing_photos");
        b.HasKey(p => p.Id);
        b.Property(p => p.Url).HasMaxLength(1024);
        b.Property(p => p.SmallUrl).HasMaxLength(1024);
        b.HasIndex(p => new { p.ListingId, p.Position }).IsUnique();
    }
}
