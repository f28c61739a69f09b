using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Listings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RatingSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "rating_sequence",
                schema: "listings",
                table: "listings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "rating_sequence",
                schema: "listings",
                table: "listings");
        }
    }
}
