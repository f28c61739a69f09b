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
