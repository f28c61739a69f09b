using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StayHub.Reviews.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reviews");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "reviews",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "listing_review_stats",
                schema: "reviews",
                columns: table => new
                {
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    review_count = table.Column<int>(type: "integer", nullable: false),
                    rating_sum = table.Column<long>(type: "bigint", nullable: false),
                    cleanliness_sum = table.Column<long>(type: "bigint", nullable: false),
                    cleanliness_count = table.Column<int>(type: "integer", nullable: false),
                    accuracy_sum = table.Column<long>(type: "bigint", nullable: false),
                    accuracy_count = table.Column<int>(type: "integer", nullable: false),
                    communication_sum = table.Column<long>(type: "bigint", nullable: false),
                    communication_count = table.Column<int>(type: "integer", nullable: false),
                    location_sum = table.Column<long>(type: "bigint", nullable: false),
                    location_count = table.Column<int>(type: "integer", nullable: false),
                    check_in_sum = table.Column<long>(type: "bigint", nullable: false),
                    check_in_count = table.Column<int>(type: "integer", nullable: false),
                    value_sum = table.Column<long>(type: "bigint", nullable: false),
                    value_count = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_listing_review_stats", x => x.listing_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviewable_stays",
                schema: "reviews",
                columns: table => new
                {
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    guest_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_id = table.Column<Guid>(type: "uuid", nullable: false),
                    check_in = table.Column<DateOnly>(type: "date", nullable: true),
                    check_out = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviewable_stays", x => x.booking_id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_role = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stay_check_in = table.Column<DateOnly>(type: "date", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: false),
                    cleanliness = table.Column<int>(type: "integer", nullable: true),
                    accuracy = table.Column<int>(type: "integer", nullable: true),
                    communication = table.Column<int>(type: "integer", nullable: true),
                    location = table.Column<int>(type: "integer", nullable: true),
                    check_in = table.Column<int>(type: "integer", nullable: true),
                    value = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    window_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hidden_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hidden_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    hidden_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reply_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reply_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviews", x => x.id);
                    table.CheckConstraint("ck_reviews_author_role", "author_role IN ('guest', 'host')");
                    table.CheckConstraint("ck_reviews_rating", "rating BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "reviews",
                table: "outbox_messages",
                column: "id",
                filter: "processed_at IS NULL AND failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_author_id",
                schema: "reviews",
                table: "reviews",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_listing_published",
                schema: "reviews",
                table: "reviews",
                columns: new[] { "listing_id", "published_at", "id" },
                filter: "published_at IS NOT NULL AND hidden_at IS NULL AND author_role = 'guest'");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_pending_window",
                schema: "reviews",
                table: "reviews",
                column: "window_ends_at",
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_subject_published",
                schema: "reviews",
                table: "reviews",
                columns: new[] { "subject_user_id", "published_at", "id" },
                filter: "published_at IS NOT NULL AND hidden_at IS NULL AND author_role = 'host'");

            migrationBuilder.CreateIndex(
                name: "ux_reviews_booking_id_author_role",
                schema: "reviews",
                table: "reviews",
                columns: new[] { "booking_id", "author_role" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "reviews");

            migrationBuilder.DropTable(
                name: "listing_review_stats",
                schema: "reviews");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "reviews");

            migrationBuilder.DropTable(
                name: "reviewable_stays",
                schema: "reviews");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "reviews");
        }
    }
}
