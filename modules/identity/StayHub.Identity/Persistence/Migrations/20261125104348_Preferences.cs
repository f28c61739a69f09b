using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Preferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "preferences",
                schema: "identity",
                table: "users",
                type: "jsonb",
                nullable: false,
                // Existing accounts get the same defaults a new UserPreferences has (marketing email off).
                defaultValue: "{\"Currency\": \"USD\", \"Language\": \"en\", \"Email\": {\"Bookings\": true, \"Messages\": true, \"Reviews\": true, \"Marketing\": false}, \"InApp\": {\"Bookings\": true, \"Messages\": true, \"Reviews\": true, \"Marketing\": true}}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "preferences",
                schema: "identity",
                table: "users");
        }
    }
}
