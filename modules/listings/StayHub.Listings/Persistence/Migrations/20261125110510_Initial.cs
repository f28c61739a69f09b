using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace StayHub.Listings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "listings");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "amenities",
                schema: "listings",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_amenities", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "listings",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "listings",
                schema: "listings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    property_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "text", nullable: false),
                    location = table.Column<Point>(type: "geography(Point,4326)", nullable: false),
                    max_guests = table.Column<int>(type: "integer", nullable: false),
                    bedrooms = table.Column<int>(type: "integer", nullable: false),
                    beds = table.Column<int>(type: "integer", nullable: false),
                    bathrooms = table.Column<int>(type: "integer", nullable: false),
                    nightly_price = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "text", nullable: false),
                    cleaning_fee = table.Column<long>(type: "bigint", nullable: false),
                    amenities = table.Column<List<string>>(type: "text[]", nullable: false),
                    min_nights = table.Column<int>(type: "integer", nullable: false),
                    max_nights = table.Column<int>(type: "integer", nullable: false),
                    instant_book = table.Column<bool>(type: "boolean", nullable: false),
                    cancellation_policy = table.Column<string>(type: "text", nullable: false),
                    check_in_time = table.Column<TimeOnly>(type: "time", nullable: false),
                    check_out_time = table.Column<TimeOnly>(type: "time", nullable: false),
                    house_rules = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rating = table.Column<decimal>(type: "numeric(3,2)", nullable: true),
                    review_count = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    search = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(city, '') || ' ' || coalesce(region, '')), 'B') || setweight(to_tsvector('simple', coalesce(description, '')), 'C')", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_listings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "listings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unavailability",
                schema: "listings",
                columns: table => new
                {
                    stay_id = table.Column<Guid>(type: "uuid", nullable: false),
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<NpgsqlRange<DateOnly>>(type: "daterange", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unavailability", x => x.stay_id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_prices",
                schema: "listings",
                columns: table => new
                {
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    price = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_prices", x => new { x.listing_id, x.date });
                    table.ForeignKey(
                        name: "fk_calendar_prices_listings_listing_id",
                        column: x => x.listing_id,
                        principalSchema: "listings",
                        principalTable: "listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "listing_photos",
                schema: "listings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    listing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    url = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    small_url = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_listing_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_listing_photos_listings_listing_id",
                        column: x => x.listing_id,
                        principalSchema: "listings",
                        principalTable: "listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_listing_photos_listing_id_position",
                schema: "listings",
                table: "listing_photos",
                columns: new[] { "listing_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_listings_amenities",
                schema: "listings",
                table: "listings",
                column: "amenities",
                filter: "status = 'published' AND deleted_at IS NULL")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_listings_country_nightly_price_id",
                schema: "listings",
                table: "listings",
                columns: new[] { "country", "nightly_price", "id" },
                filter: "status = 'published' AND deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_listings_country_search",
                schema: "listings",
                table: "listings",
                columns: new[] { "country", "search" },
                filter: "status = 'published' AND deleted_at IS NULL")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_listings_created_at_id",
                schema: "listings",
                table: "listings",
                columns: new[] { "created_at", "id" },
                descending: new bool[0],
                filter: "status = 'published' AND deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_listings_host_id",
                schema: "listings",
                table: "listings",
                column: "host_id");

            migrationBuilder.CreateIndex(
                name: "ix_listings_location",
                schema: "listings",
                table: "listings",
                column: "location",
                filter: "status = 'published' AND deleted_at IS NULL")
                .Annotation("Npgsql:IndexMethod", "gist");

            // Shapes EF's index builder cannot express: an expression key and NULLS LAST (search's keyset orders).
            migrationBuilder.Sql(
                "CREATE INDEX ix_listings_lower_city_nightly_price_id ON listings.listings (lower(city), nightly_price, id) "
                + "WHERE status = 'published' AND deleted_at IS NULL;");
            migrationBuilder.Sql(
                "CREATE INDEX ix_listings_rating_id ON listings.listings (rating DESC NULLS LAST, id) "
                + "WHERE status = 'published' AND deleted_at IS NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "listings",
                table: "outbox_messages",
                column: "id",
                filter: "processed_at IS NULL AND failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_unavailability_listing_id_period",
                schema: "listings",
                table: "unavailability",
                columns: new[] { "listing_id", "period" })
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS listings.ix_listings_lower_city_nightly_price_id;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS listings.ix_listings_rating_id;");

            migrationBuilder.DropTable(
                name: "amenities",
                schema: "listings");

            migrationBuilder.DropTable(
                name: "calendar_prices",
                schema: "listings");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "listings");

            migrationBuilder.DropTable(
                name: "listing_photos",
                schema: "listings");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "listings");

            migrationBuilder.DropTable(
                name: "unavailability",
                schema: "listings");

            migrationBuilder.DropTable(
                name: "listings",
                schema: "listings");
        }
    }
}
