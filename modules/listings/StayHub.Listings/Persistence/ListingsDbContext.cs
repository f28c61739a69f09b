using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

internal sealed class ListingsDbContext(DbContextOptions<ListingsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "listings";

    /// <summary>Search and the hot indexes only look at what guests can see.</summary>
    public const string VisibleFilter = "status = 'published' AND deleted_at IS NULL";

    protected override string Schema => SchemaName;

    public DbSet<Listing> Listings => Set<Listing>();

    public DbSet<ListingPhoto> ListingPhotos => Set<ListingPhoto>();

    public DbSet<CalendarPrice> CalendarPrices => Set<CalendarPrice>();

    public DbSet<Unavailability> Unavailability => Set<Unavailability>();

    public DbSet<Amenity> Amenities => Set<Amenity>();

    private readonly HashSet<Guid> evictions = [];

    /// <summary>Marks a listing's cached detail stale once the current transaction commits.</summary>
    public void EvictAfterCommit(Guid listingId) => evictions.Add(listingId);

    /// <summary>The listings marked since the last call (the eviction interceptor takes them on commit).</summary>
    public IReadOnlyList<Guid> TakeEvictions()
    {
        var taken = evictions.ToList();
        evictions.Clear();
        return taken;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis").HasPostgresExtension("btree_gist").HasPostgresExtension("btree_gin");
        base.OnModelCreating(modelBuilder);
        // The inbox de-duplicates booking's StayReserved/StayReleased deliveries into the unavailability projection.
        modelBuilder.AddOutboxAndInbox();
    }

    /// <summary>PostGIS types on the EF side; the shared data source gets them from <see cref="NetTopologySuiteDataSourceConfigurator"/>.</summary>
    public static void UseNetTopologySuite(DbContextOptionsBuilder options) =>
        new NpgsqlDbContextOptionsBuilder(options).UseNetTopologySuite();
}
