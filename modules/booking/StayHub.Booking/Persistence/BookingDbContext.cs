using Microsoft.EntityFrameworkCore;
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

    /// <summary>Bookings and blocks together: what the exclusion constraint sees.</summary>
    public DbSet<Stay> Stays => Set<Stay>();

    public DbSet<GuestBooking> Bookings => Set<GuestBooking>();

    public DbSet<HostBlock> Blocks => Set<HostBlock>();

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
            b.HasDiscriminator<string>("Kind")
                .HasValue<GuestBooking>(Stay.BookingKind)
                .HasValue<HostBlock>(Stay.BlockKind);
            b.Property<string>("Kind").HasMaxLength(16);
            b.Property(s => s.Version).IsRowVersion();
            b.HasIndex(s => new { s.HostId, s.Id });
        });
        modelBuilder.Entity<HostBlock>(b => b.Property(s => s.Status).HasColumnName("status").HasMaxLength(16));
        modelBuilder.Entity<GuestBooking>(b =>
        {
            // Shares the status column with blocks' constant "blocked"; the enum is written as its text.
            b.Property(s => s.Status).HasColumnName("status").HasMaxLength(16).HasConversion<EnumTextConverter<BookingStatus>>();
            b.Property(s => s.Message).HasMaxLength(GuestBooking.MessageMaxLength);
            b.Property(s => s.CancellationPolicy).HasMaxLength(16);
            b.Property(s => s.CancelledBy).HasMaxLength(16);
            b.Property(s => s.CancellationReason).HasMaxLength(GuestBooking.ReasonMaxLength);
            b.OwnsOne(s => s.Price, p =>
            {
                p.Property(x => x.Currency).HasColumnName("currency").HasMaxLength(3);
                p.Property(x => x.NightlyPrices).HasColumnName("nightly_prices");
                p.Property(x => x.NightsTotal).HasColumnName("nights_total");
                p.Property(x => x.CleaningFee).HasColumnName("cleaning_fee");
                p.Property(x => x.ServiceFee).HasColumnName("service_fee");
                p.Property(x => x.Total).HasColumnName("total");
                // Rows of a derived owner share its xmin token; EF wants the owned part to name it too.
                p.Property<uint>("Version").HasColumnName("xmin").IsRowVersion();
            });
            b.Navigation(s => s.Price).IsRequired();
            b.HasIndex(s => new { s.GuestId, s.Id });
            // The expiry job's scan: only pending rows carry expires_at.
            b.HasIndex(s => s.ExpiresAt).HasFilter("status = 'pending'");
            b.HasIndex(s => s.CheckOut).HasFilter("status = 'confirmed'");
        });
    }
}
