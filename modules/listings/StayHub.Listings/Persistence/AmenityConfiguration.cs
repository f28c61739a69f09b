using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

internal sealed class AmenityConfiguration : IEntityTypeConfiguration<Amenity>
{
    public void Configure(EntityTypeBuilder<Amenity> b)
    {
        b.ToTable("amenities");
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(40);
        b.Property(a => a.Name).HasMaxLength(100);
        b.Property(a => a.Category).HasMaxLength(40);
    }
}
