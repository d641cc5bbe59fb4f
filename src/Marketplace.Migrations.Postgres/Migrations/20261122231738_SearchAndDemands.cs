using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchAndDemands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Demands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    DeliveryProvinceCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DeliveryFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DeliveryTo = table.Column<DateOnly>(type: "date", nullable: false),
                    RequiredCertificates = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    MinimumOcopStars = table.Column<int>(type: "integer", nullable: true),
                    TargetPriceVnd = table.Column<long>(type: "bigint", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ShowCompanyName = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SeedKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Demands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Demands_Categories_CategoryCode",
                        column: x => x.CategoryCode,
                        principalTable: "Categories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Demands_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Demands_Provinces_DeliveryProvinceCode",
                        column: x => x.DeliveryProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DigestDeliveries",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestDeliveries", x => new { x.UserId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "SearchOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Index = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnqueuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MatchNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    DemandId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchNotifications_Demands_DemandId",
                        column: x => x.DemandId,
                        principalTable: "Demands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchNotifications_Organisations_RecipientOrganisationId",
                        column: x => x.RecipientOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchNotifications_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Demands_CategoryCode",
                table: "Demands",
                column: "CategoryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Demands_DeliveryProvinceCode",
                table: "Demands",
                column: "DeliveryProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Demands_OrganisationId_SeedKey",
                table: "Demands",
                columns: new[] { "OrganisationId", "SeedKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Demands_Status_ValidUntil",
                table: "Demands",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchNotifications_DemandId",
                table: "MatchNotifications",
                column: "DemandId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchNotifications_EmailedAtUtc_RecipientOrganisationId",
                table: "MatchNotifications",
                columns: new[] { "EmailedAtUtc", "RecipientOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchNotifications_ProductId",
                table: "MatchNotifications",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchNotifications_RecipientOrganisationId_DemandId_Product~",
                table: "MatchNotifications",
                columns: new[] { "RecipientOrganisationId", "DemandId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchOutbox_EnqueuedAtUtc",
                table: "SearchOutbox",
                column: "EnqueuedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DigestDeliveries");

            migrationBuilder.DropTable(
                name: "MatchNotifications");

            migrationBuilder.DropTable(
                name: "SearchOutbox");

            migrationBuilder.DropTable(
                name: "Demands");
        }
    }
}
