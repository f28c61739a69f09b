using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace StayHub.Listings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExactLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Point>(
                name: "exact_location",
                schema: "listings",
                table: "listings",
                type: "geography(Point,4326)",
                nullable: true);

            // The point entered so far becomes the exact one; the public (searched) point moves 150–450 m in a random
            // direction, once per listing, as the domain does for new listings (ApproximateLocation).
            migrationBuilder.Sql(
                "UPDATE listings.listings SET exact_location = location,"
                + " location = ST_Project(location, 150 + random() * 300, random() * 2 * pi());");

            migrationBuilder.AlterColumn<Point>(
                name: "exact_location",
                schema: "listings",
                table: "listings",
                type: "geography(Point,4326)",
                nullable: false,
                oldClrType: typeof(Point),
                oldType: "geography(Point,4326)",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE listings.listings SET location = exact_location;");

            migrationBuilder.DropColumn(
                name: "exact_location",
                schema: "listings",
                table: "listings");
        }
    }
}
