using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Inquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuyerBlocks",
                columns: table => new
                {
                    CooperativeOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    BuyerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuyerBlocks", x => new { x.CooperativeOrganisationId, x.BuyerOrganisationId });
                    table.ForeignKey(
                        name: "FK_BuyerBlocks_Organisations_BuyerOrganisationId",
                        column: x => x.BuyerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuyerBlocks_Organisations_CooperativeOrganisationId",
                        column: x => x.CooperativeOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    InquiryEmails = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDigestAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuotationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BuyerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    DemandId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WantedQuotes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotationRequests_Demands_DemandId",
                        column: x => x.DemandId,
                        principalTable: "Demands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_QuotationRequests_Organisations_BuyerOrganisationId",
                        column: x => x.BuyerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BuyerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    DemandId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryProvinceCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeliveryFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeliveryTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetPriceVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiredCertificates = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    SpecificationMediaKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstAnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BuyerReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CooperativeReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedQuotationId = table.Column<int>(type: "INTEGER", nullable: true),
                    DealQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    DealUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    DealValueVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inquiries_Demands_DemandId",
                        column: x => x.DemandId,
                        principalTable: "Demands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Inquiries_Organisations_BuyerOrganisationId",
                        column: x => x.BuyerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inquiries_Organisations_CooperativeOrganisationId",
                        column: x => x.CooperativeOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inquiries_Provinces_DeliveryProvinceCode",
                        column: x => x.DeliveryProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inquiries_QuotationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "QuotationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "InquiryEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<int>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FromState = table.Column<int>(type: "INTEGER", nullable: false),
                    ToState = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    QuotationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InquiryEvents_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InquiryProducts",
                columns: table => new
                {
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryProducts", x => new { x.InquiryId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_InquiryProducts_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InquiryProducts_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Quotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryTerms = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeadTimeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentTerms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SupersededAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotations_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuotationLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuotationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPriceVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumOrder = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Packaging = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SamplePriceVnd = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotationLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotationLines_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuotationLines_Quotations_QuotationId",
                        column: x => x.QuotationId,
                        principalTable: "Quotations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuotationPriceTiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuotationLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    UnitPriceVnd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotationPriceTiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotationPriceTiers_QuotationLines_QuotationLineId",
                        column: x => x.QuotationLineId,
                        principalTable: "QuotationLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuyerBlocks_BuyerOrganisationId",
                table: "BuyerBlocks",
                column: "BuyerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_BuyerOrganisationId_UpdatedAtUtc",
                table: "Inquiries",
                columns: new[] { "BuyerOrganisationId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_CooperativeOrganisationId_CreatedAtUtc",
                table: "Inquiries",
                columns: new[] { "CooperativeOrganisationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_CooperativeOrganisationId_UpdatedAtUtc",
                table: "Inquiries",
                columns: new[] { "CooperativeOrganisationId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_DeliveryProvinceCode",
                table: "Inquiries",
                column: "DeliveryProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_DemandId",
                table: "Inquiries",
                column: "DemandId");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_RequestId",
                table: "Inquiries",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_InquiryEvents_InquiryId_AtUtc",
                table: "InquiryEvents",
                columns: new[] { "InquiryId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_InquiryProducts_ProductId",
                table: "InquiryProducts",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotationLines_ProductId",
                table: "QuotationLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotationLines_QuotationId",
                table: "QuotationLines",
                column: "QuotationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotationPriceTiers_QuotationLineId",
                table: "QuotationPriceTiers",
                column: "QuotationLineId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotationRequests_BuyerOrganisationId",
                table: "QuotationRequests",
                column: "BuyerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotationRequests_DemandId",
                table: "QuotationRequests",
                column: "DemandId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotations_InquiryId_Revision",
                table: "Quotations",
                columns: new[] { "InquiryId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuyerBlocks");

            migrationBuilder.DropTable(
                name: "InquiryEvents");

            migrationBuilder.DropTable(
                name: "InquiryProducts");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "QuotationPriceTiers");

            migrationBuilder.DropTable(
                name: "QuotationLines");

            migrationBuilder.DropTable(
                name: "Quotations");

            migrationBuilder.DropTable(
                name: "Inquiries");

            migrationBuilder.DropTable(
                name: "QuotationRequests");
        }
    }
}
