using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Framework.Idempotency.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyCommittedResource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "resource",
                schema: "idempotency",
                table: "idempotency_records",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "resource",
                schema: "idempotency",
                table: "idempotency_records");
        }
    }
}
