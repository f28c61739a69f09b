using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Listings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_listings_location",
                schema: "listings",
                table: "listings");

            migrationBuilder.CreateIndex(
                name: "ix_listings_currency_nightly_price_id",
                schema: "listings",
                table: "listings",
                columns: new[] { "currency", "nightly_price", "id" },
                filter: "status = 'published' AND deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_listings_location_created_at",
                schema: "listings",
                table: "listings",
                columns: new[] { "location", "created_at" },
                filter: "status = 'published' AND deleted_at IS NULL")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_listings_currency_nightly_price_id",
                schema: "listings",
                table: "listings");

            migrationBuilder.DropIndex(
                name: "ix_listings_location_created_at",
                schema: "listings",
                table: "listings");

            migrationBuilder.CreateIndex(
                name: "ix_listings_location",
                schema: "listings",
                table: "listings",
                column: "location",
                filter: "status = 'published' AND deleted_at IS NULL")
                .Annotation("Npgsql:IndexMethod", "gist");
        }
    }
}
