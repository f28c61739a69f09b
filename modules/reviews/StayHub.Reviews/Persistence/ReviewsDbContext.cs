using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;

namespace StayHub.Reviews.Persistence;

internal sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "reviews";

    /// <summary>One review per side per booking; its violation is <c>review.already_submitted</c>.</summary>
    public const string OneReviewPerSide = "ux_reviews_booking_id_author_role";

    protected override string Schema => SchemaName;

    public DbSet<ReviewableStay> Stays => Set<ReviewableStay>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ListingReviewStats> ListingStats => Set<ListingReviewStats>();

    /// <summary>Adds an integration event to the outbox, written by the next SaveChanges in the same transaction.</summary>
    public void Publish(IIntegrationEvent integrationEvent) => this.AddIntegrationEvent(integrationEvent);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<ReviewableStay>(b =>
        {
            b.ToTable("reviewable_stays");
            b.HasKey(s => s.BookingId);
            b.Property(s => s.BookingId).ValueGeneratedNever();
            b.Property(s => s.Status).HasMaxLength(16);
        });
        modelBuilder.Entity<Review>(b =>
        {
            b.ToTable("reviews", t =>
            {
                t.HasCheckConstraint("ck_reviews_rating", "rating BETWEEN 1 AND 5");
                t.HasCheckConstraint("ck_reviews_author_role", "author_role IN ('guest', 'host')");
            });
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.AuthorRole).HasMaxLength(8);
            b.Property(r => r.Comment).HasMaxLength(ReviewLimits.MaxCommentLength);
            b.Property(r => r.ReplyComment).HasMaxLength(ReviewLimits.MaxCommentLength);
            b.Property(r => r.HiddenReason).HasMaxLength(ReviewLimits.MaxReasonLength);
            b.Ignore(r => r.Ratings);
            b.HasIndex(r => new { r.BookingId, r.AuthorRole }).IsUnique().HasDatabaseName(OneReviewPerSide);
            // The public lists read published, unhidden reviews of one listing (guests') or one user (hosts').
            b.HasIndex(r => new { r.ListingId, r.PublishedAt, r.Id })
                .HasFilter("published_at IS NOT NULL AND hidden_at IS NULL AND author_role = 'guest'")
                .HasDatabaseName("ix_reviews_listing_published");
            b.HasIndex(r => new { r.SubjectUserId, r.PublishedAt, r.Id })
                .HasFilter("published_at IS NOT NULL AND hidden_at IS NULL AND author_role = 'host'")
                .HasDatabaseName("ix_reviews_subject_published");
            // The publishing job's scan: only pending rows.
            b.HasIndex(r => r.WindowEndsAt).HasFilter("published_at IS NULL").HasDatabaseName("ix_reviews_pending_window");
            b.HasIndex(r => r.AuthorId);
        });
        modelBuilder.Entity<ListingReviewStats>(b =>
        {
            b.ToTable("listing_review_stats");
            b.HasKey(s => s.ListingId);
            b.Property(s => s.ListingId).ValueGeneratedNever();
        });
    }
}
