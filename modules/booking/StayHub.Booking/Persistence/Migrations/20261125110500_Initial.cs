using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Booking.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "booking");

            migrationBuilder.CreateTable(
                name: "stays",
                schema: "booking",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_id = table.Column<Guid>(type: "uuid", nullable: false),
                    guest_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    check_in = table.Column<DateOnly>(type: "date", nullable: false),
                    check_out = table.Column<DateOnly>(type: "date", nullable: false),
                    guests = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    nightly_prices = table.Column<long[]>(type: "bigint[]", nullable: true),
                    nights_total = table.Column<long>(type: "bigint", nullable: true),
                    cleaning_fee = table.Column<long>(type: "bigint", nullable: true),
                    service_fee = table.Column<long>(type: "bigint", nullable: true),
                    total = table.Column<long>(type: "bigint", nullable: true),
                    cancellation_policy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    instant_book = table.Column<bool>(type: "boolean", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    refund_amount = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stays", x => x.id);
                });

            // No night of a listing is ever held twice: PostgreSQL, not application code, arbitrates racing bookings
            // and blocks. period is [check_in, check_out), so a check-out day can be the next stay's check-in day.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE booking.stays
                    ADD COLUMN period daterange GENERATED ALWAYS AS (daterange(check_in, check_out, '[)')) STORED,
                    ADD CONSTRAINT ck_stays_kind CHECK (kind IN ('booking', 'block')),
                    ADD CONSTRAINT ck_stays_status CHECK (status IN ('pending', 'confirmed', 'completed', 'cancelled', 'blocked')),
                    ADD CONSTRAINT ck_stays_dates CHECK (check_out > check_in),
                    ADD CONSTRAINT ck_stays_booking_snapshot CHECK (kind = 'block' OR (guest_id IS NOT NULL AND total IS NOT NULL AND currency IS NOT NULL AND cancellation_policy IS NOT NULL)),
                    ADD CONSTRAINT ex_stays_no_overlap EXCLUDE USING gist (listing_id WITH =, period WITH &&)
                        WHERE (status IN ('pending', 'confirmed') OR kind = 'block');
                """);

            migrationBuilder.CreateIndex(
                name: "ix_stays_check_out",
                schema: "booking",
                table: "stays",
                column: "check_out",
                filter: "status = 'confirmed'");

            migrationBuilder.CreateIndex(
                name: "ix_stays_expires_at",
                schema: "booking",
                table: "stays",
                column: "expires_at",
                filter: "status = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_stays_guest_id_id",
                schema: "booking",
                table: "stays",
                columns: new[] { "guest_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_stays_host_id_id",
                schema: "booking",
                table: "stays",
                columns: new[] { "host_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stays",
                schema: "booking");
        }
    }
}
