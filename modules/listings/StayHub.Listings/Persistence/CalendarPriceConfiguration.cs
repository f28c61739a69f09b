using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

internal sealed class CalendarPriceConfiguration : IEntityTypeConfiguration<CalendarPrice>
{
    public void Configure(EntityTypeBuilder<CalendarPrice> b)
    {
        b.ToTable("calendar_prices");
        b.HasKey(p => new { p.ListingId, p.Date });
        b.Property(p => p.Currency).HasColumnType("text");
        b.HasOne<Listing>().WithMany().HasForeignKey(p => p.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
