using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StayHub.Booking.Domain;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;

namespace StayHub.Booking.Persistence;

internal sealed class BookingDbContext(DbContextOptions<BookingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "booking";

    /// <summary>Name of the no-double-booking exclusion constraint (created in the Initial migration).</summary>
    public const string NoOverlapConstraint = "ex_stays_no_overlap";

    protected override string Schema => SchemaName;

    public DbSet<Stay> Stays => Set<Stay>();

    /// <summary>
    /// Adds an integration event to the outbox: the row is written by the next SaveChanges, in the same transaction as
    /// the booking change it announces, never "save, then publish".
    /// </summary>
    public void Publish(IIntegrationEvent integrationEvent) => this.AddIntegrationEvent(integrationEvent);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Stay>(b =>
        {
            b.ToTable("stays");
            b.HasKey(s => s.Id);
            b.Property(s => s.Kind).HasMaxLength(16);
            b.Property(s => s.Status).HasMaxLength(16);
            b.Property(s => s.Message).HasMaxLength(Stay.MessageMaxLength);
            b.Property(s => s.CancellationPolicy).HasMaxLength(16);
            b.Property(s => s.CancelledBy).HasMaxLength(16);
            b.Property(s => s.CancellationReason).HasMaxLength(Stay.ReasonMaxLength);
            b.Property(s => s.Version).IsRowVersion();
            b.OwnsOne(s => s.Price, p =>
            {
                p.Property(x => x.Currency).HasColumnName("currency").HasMaxLength(3);
                p.Property(x => x.NightlyPrices).HasColumnName("nightly_prices");
                p.Property(x => x.NightsTotal).HasColumnName("nights_total");
                p.Property(x => x.CleaningFee).HasColumnName("cleaning_fee");
                p.Property(x => x.ServiceFee).HasColumnName("service_fee");
                p.Property(x => x.Total).HasColumnName("total");
            });
            b.HasIndex(s => new { s.GuestId, s.Id });
            b.HasIndex(s => new { s.HostId, s.Id });
            // The expiry job's scan: only pending rows carry expires_at.
            b.HasIndex(s => s.ExpiresAt).HasFilter("status = 'pending'");
            b.HasIndex(s => s.CheckOut).HasFilter("status = 'confirmed'");
        });
    }
}

internal sealed class BookingDbContextDesignFactory : IDesignTimeDbContextFactory<BookingDbContext>
{
    public BookingDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<BookingDbContext>(BookingDbContext.SchemaName));
}
