using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Listings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CalendarPriceCurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "currency",
                schema: "listings",
                table: "calendar_prices",
                type: "text",
                nullable: true);

            // Until now an override was read in whatever the listing's currency is; that is the best guess of what it
            // was set in (an override whose listing already changed currency cannot be told apart).
            migrationBuilder.Sql(
                "UPDATE listings.calendar_prices p SET currency = l.currency FROM listings.listings l WHERE l.id = p.listing_id;");

            migrationBuilder.AlterColumn<string>(
                name: "currency",
                schema: "listings",
                table: "calendar_prices",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "currency",
                schema: "listings",
                table: "calendar_prices");
        }
    }
}
