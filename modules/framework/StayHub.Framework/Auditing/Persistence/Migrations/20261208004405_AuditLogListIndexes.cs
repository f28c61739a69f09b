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
            // audit_logs is the largest table: a plain CREATE INDEX would block the audit writer's INSERTs for the whole
            // build. CONCURRENTLY cannot run inside a transaction, so every statement suppresses it; each new index is
            // dropped first in case an earlier, interrupted run left it INVALID (the migration is then not recorded and
            // runs again whole). See docs/adr (audit index migration built concurrently).
            foreach (var statement in UpStatements)
            {
                migrationBuilder.Sql(statement, suppressTransaction: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in DownStatements)
            {
                migrationBuilder.Sql(statement, suppressTransaction: true);
            }
        }

        internal static readonly string[] UpStatements =
        [
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_created_at_id",
            "CREATE INDEX CONCURRENTLY ix_audit_logs_created_at_id ON audit.audit_logs (created_at, id)",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_user_id_created_at_id",
            "CREATE INDEX CONCURRENTLY ix_audit_logs_user_id_created_at_id ON audit.audit_logs (user_id, created_at, id)",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_error_code_created_at_id",
            "CREATE INDEX CONCURRENTLY ix_audit_logs_error_code_created_at_id ON audit.audit_logs (error_code, created_at, id) WHERE error_code IS NOT NULL",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_trace_id",
            "CREATE INDEX CONCURRENTLY ix_audit_logs_trace_id ON audit.audit_logs (trace_id)",
            // The old indexes go last: until the new ones are valid, the list and the retention job keep theirs.
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_created_at",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_user_id_created_at",
        ];

        internal static readonly string[] DownStatements =
        [
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_created_at",
            "CREATE INDEX CONCURRENTLY ix_audit_logs_created_at ON audit.audit_logs (created_at)",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_user_id_created_at",
            "CREATE INDEX CONCURRENTLY ix_audit_logs_user_id_created_at ON audit.audit_logs (user_id, created_at)",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_created_at_id",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_user_id_created_at_id",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_error_code_created_at_id",
            "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_logs_trace_id",
        ];
    }
}
