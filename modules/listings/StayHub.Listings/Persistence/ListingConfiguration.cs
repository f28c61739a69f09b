using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    /// <summary>Weighted so title hits rank above place names, and those above description hits.</summary>
    public const string SearchSql =
        "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
        + "setweight(to_tsvector('simple', coalesce(city, '') || ' ' || coalesce(region, '')), 'B') || "
        + "setweight(to_tsvector('simple', coalesce(description, '')), 'C')";

    public void Configure(EntityTypeBuilder<Listing> b)
    {
        b.ToTable("listings");
        b.HasKey(l => l.Id);
        b.Property(l => l.Title).HasMaxLength(120);
        b.Property(l => l.Description).HasColumnType("text");
        b.Property(l => l.PropertyType).HasMaxLength(32);
        b.Property(l => l.AddressLine1).HasMaxLength(200);
        b.Property(l => l.City).HasMaxLength(100);
        b.Property(l => l.Region).HasMaxLength(100);
        b.Property(l => l.PostalCode).HasMaxLength(20);
        // text, not char(2): a char column compared with a text parameter loses its index.
        b.Property(l => l.Country).HasColumnType("text");
        b.Property(l => l.Location).HasColumnType("geography(Point,4326)");
        b.Property(l => l.ExactLocation).HasColumnType("geography(Point,4326)");
        b.Property(l => l.Currency).HasColumnType("text");
        b.Property(l => l.Amenities).HasColumnType("text[]");
        b.Property(l => l.CancellationPolicy).HasColumnType("text");
        b.Property(l => l.CheckInTime).HasColumnType("time");
        b.Property(l => l.CheckOutTime).HasColumnType("time");
        b.Property(l => l.HouseRules).HasColumnType("text");
        b.Property(l => l.Status).HasColumnType("text");
        b.Property(l => l.Rating).HasColumnType("numeric(3,2)");
        b.Property(l => l.ReviewCount).HasDefaultValue(0);
        b.Property(l => l.Search).HasComputedColumnSql(SearchSql, stored: true);
        b.Property(l => l.Version).IsRowVersion();
        b.Ignore(l => l.IsDeleted);
        b.Ignore(l => l.IsPublished);

        b.HasMany(l => l.Photos).WithOne().HasForeignKey(p => p.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Expression and NULLS LAST indexes are created in the migration's SQL (lower(city), rating).
        b.HasIndex(l => new { l.Country, l.Search }).HasMethod("gin").HasFilter(ListingsDbContext.VisibleFilter);
        b.HasIndex(l => new { l.Country, l.NightlyPrice, l.Id }).HasFilter(ListingsDbContext.VisibleFilter);
        b.HasIndex(l => new { l.CreatedAt, l.Id }).IsDescending(true, true).HasFilter(ListingsDbContext.VisibleFilter);
        b.HasIndex(l => l.Amenities).HasMethod("gin").HasFilter(ListingsDbContext.VisibleFilter);
        // Price sorts narrowed only by currency (city and country have their own price indexes).
        b.HasIndex(l => new { l.Currency, l.NightlyPrice, l.Id }).HasFilter(ListingsDbContext.VisibleFilter);
        // btree_gist: serves every location filter and the distance sort like a GiST on location alone would (which
        // it replaced: the planner preferred it anyway), and also streams a place newest first by KNN on created_at.
        b.HasIndex(l => new { l.Location, l.CreatedAt }).HasMethod("gist").HasFilter(ListingsDbContext.VisibleFilter);
        b.HasIndex(l => l.HostId);
    }
}

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
