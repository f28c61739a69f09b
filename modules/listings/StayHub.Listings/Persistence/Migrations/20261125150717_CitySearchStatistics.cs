using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StayHub.Listings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CitySearchStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL keeps statistics for an expression only from a non-partial index, so lower(city) had none
            // (the city indexes are partial): every city was estimated at 0.5% of the rows, and a city holding 4% of
            // them got a plan that anti-joined all its listings against the holds before taking the newest 21
            // (36-57 ms instead of ~0.4 ms on the 100k benchmark data). Expression statistics fix the estimate.
            migrationBuilder.Sql("CREATE STATISTICS listings.st_listings_lower_city ON (lower(city)) FROM listings.listings;");
            // City + newest first (the default sort, the commonest search) streams from this index: the LIMIT stops
            // the scan after one page's worth of free listings instead of sorting every listing in the city.
            migrationBuilder.Sql(
                "CREATE INDEX ix_listings_lower_city_created_at_id ON listings.listings (lower(city), created_at DESC, id DESC) "
                + "WHERE status = 'published' AND deleted_at IS NULL;");
            migrationBuilder.Sql("ANALYZE listings.listings;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS listings.ix_listings_lower_city_created_at_id;");
            migrationBuilder.Sql("DROP STATISTICS IF EXISTS listings.st_listings_lower_city;");
        }
    }
}
