using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Framework.RequestStats.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "request_stats");

            migrationBuilder.CreateTable(
                name: "request_minute_error_codes",
                schema: "request_stats",
                columns: table => new
                {
                    minute = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    node = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    code = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_minute_error_codes", x => new { x.minute, x.node, x.code });
                });

            migrationBuilder.CreateTable(
                name: "request_minutes",
                schema: "request_stats",
                columns: table => new
                {
                    minute = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    node = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    requests = table.Column<long>(type: "bigint", nullable: false),
                    client_errors = table.Column<long>(type: "bigint", nullable: false),
                    server_errors = table.Column<long>(type: "bigint", nullable: false),
                    latency_buckets = table.Column<long[]>(type: "bigint[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_minutes", x => new { x.minute, x.node });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "request_minute_error_codes",
                schema: "request_stats");

            migrationBuilder.DropTable(
                name: "request_minutes",
                schema: "request_stats");
        }
    }
}
