using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Booking.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StayKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "status",
                schema: "booking",
                table: "stays",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<bool>(
                name: "instant_book",
                schema: "booking",
                table: "stays",
                type: "boolean",
                nullable: true,
                oldClrType: typeof(bool),
                oldType: "boolean");

            migrationBuilder.AlterColumn<int>(
                name: "guests",
                schema: "booking",
                table: "stays",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            // Bookings and blocks are now two EF types over this one table (TPH on "kind"), and EF gives columns of a
            // derived type no NOT NULL. The rows keep every value they had; these checks keep the guarantees the
            // NOT NULLs gave: a booking has its guests, instant-book flag and status, and every row has a status.
            migrationBuilder.Sql("""
                ALTER TABLE booking.stays
                    DROP CONSTRAINT ck_stays_booking_snapshot,
                    ADD CONSTRAINT ck_stays_booking_snapshot CHECK (kind = 'block' OR (guest_id IS NOT NULL AND total IS NOT NULL
                        AND currency IS NOT NULL AND cancellation_policy IS NOT NULL AND guests IS NOT NULL AND instant_book IS NOT NULL)),
                    ADD CONSTRAINT ck_stays_status_present CHECK (status IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE booking.stays SET guests = 0 WHERE guests IS NULL;
                UPDATE booking.stays SET instant_book = false WHERE instant_book IS NULL;
                ALTER TABLE booking.stays
                    DROP CONSTRAINT ck_stays_status_present,
                    DROP CONSTRAINT ck_stays_booking_snapshot,
                    ADD CONSTRAINT ck_stays_booking_snapshot CHECK (kind = 'block' OR (guest_id IS NOT NULL AND total IS NOT NULL
                        AND currency IS NOT NULL AND cancellation_policy IS NOT NULL));
                """);

            migrationBuilder.AlterColumn<string>(
                name: "status",
                schema: "booking",
                table: "stays",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16,
                oldNullable: true);

            migrationBuilder.AlterColumn<bool>(
                name: "instant_book",
                schema: "booking",
                table: "stays",
                type: "boolean",
                nullable: false,
                defaultValue: false,
                oldClrType: typeof(bool),
                oldType: "boolean",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "guests",
                schema: "booking",
                table: "stays",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
