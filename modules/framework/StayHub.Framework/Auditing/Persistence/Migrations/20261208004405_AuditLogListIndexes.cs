using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Framework.Auditing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_logs_created_at",
                schema: "audit",
                table: "audit_logs");

            migrationBuilder.DropIndex(
                name: "ix_audit_logs_user_id_created_at",
                schema: "audit",
                table: "audit_logs");

            migrationBuilder.CreateIndex(
                name: "ix_audit_logs_created_at_id",
                schema: "audit",
                table: "audit_logs",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_logs_error_code_created_at_id",
                schema: "audit",
                table: "audit_logs",
                columns: new[] { "error_code", "created_at", "id" },
                filter: "error_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_logs_trace_id",
                schema: "audit",
                table: "audit_logs",
                column: "trace_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_logs_user_id_created_at_id",
                schema: "audit",
                table: "audit_logs",
                columns: new[] { "user_id", "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_logs_created_at_id",
                schema: "audit",
                table: "audit_logs");

            migrationBuilder.DropIndex(
                name: "ix_audit_logs_error_code_created_at_id",
                schema: "audit",
                table: "audit_logs");

            migrationBuilder.DropIndex(
                name: "ix_audit_logs_trace_id",
                schema: "audit",
                table: "audit_logs");

            migrationBuilder.DropIndex(
                name: "ix_audit_logs_user_id_created_at_id",
                schema: "audit",
                table: "audit_logs");

            migrationBuilder.CreateIndex(
                name: "ix_audit_logs_created_at",
                schema: "audit",
                table: "audit_logs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_logs_user_id_created_at",
                schema: "audit",
                table: "audit_logs",
                columns: new[] { "user_id", "created_at" });
        }
    }
}
