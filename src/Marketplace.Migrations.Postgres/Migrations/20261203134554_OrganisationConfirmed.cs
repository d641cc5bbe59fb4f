using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationConfirmed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAtUtc",
                table: "Organisations",
                type: "timestamp with time zone",
                nullable: true);

            // What was public before stays public: the seed's organisations and those with a confirmed member.
            // The same SQL on both providers (an integer 0/1 is true or false in SQLite, a boolean in PostgreSQL).
            migrationBuilder.Sql("""
                UPDATE "Organisations" SET "ConfirmedAtUtc" = "CreatedAtUtc"
                WHERE "SeedKey" IS NOT NULL
                   OR EXISTS (SELECT 1 FROM "AspNetUsers" AS u WHERE u."OrganisationId" = "Organisations"."Id" AND u."EmailConfirmed")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConfirmedAtUtc",
                table: "Organisations");
        }
    }
}
