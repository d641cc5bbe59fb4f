using System.Globalization;
using System.Text;
using Marketplace.Inquiries.CompareQuotes;
using Marketplace.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>
/// Quotes as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Vietnamese), headings in the reader's
/// language, money as whole VND without separators, dates ISO. A cell starting with = + - @ is prefixed with ' so a
/// cooperative's name can never run as a formula in the buyer's spreadsheet.
/// </summary>
public sealed class QuotesCsv(IStringLocalizer<Text> text, Marketplace.Web.Infrastructure.CatalogueFormat format)
{
    public byte[] Write(IEnumerable<QuoteRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, [.. new[] { "Inquiry", "Cooperative", "State", "Revision", "PricePerUnit", "PriceUnit", "Total", "Quantity", "LeadTime", "Terms", "Place", "ValidUntil", "ResponseHours", "Certificates" }.Select(h => text[$"Inquiries.Csv.{h}"].Value)]);
        foreach (var r in rows)
        {
            Line(csv,
            [
                r.InquiryId.ToString(CultureInfo.InvariantCulture),
                r.Cooperative,
                text[$"Inquiries.State.{r.State}"].Value,
                r.Revision?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                r.PricePerUnit?.ToString("0", CultureInfo.InvariantCulture) ?? string.Empty,
                r.PriceUnit is { } unit ? format.Unit(unit) : string.Empty,
                r.TotalVnd?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                r.QuotedQuantity?.ToString("0.###", CultureInfo.InvariantCulture) ?? string.Empty,
                r.LeadTimeDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                r.DeliveryTerms is { } terms ? text[$"Inquiries.Terms.{terms}"].Value : string.Empty,
                r.DeliveryPlace ?? string.Empty,
                r.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                r.ResponseTime is { } time ? Math.Round(time.TotalHours, 1).ToString(CultureInfo.InvariantCulture) : string.Empty,
                string.Join("; ", r.Certificates.Select(c => $"{c.TypeCode}: {(c.ValidThroughDelivery ? text["Inquiries.Compare.CertValid"] : text["Inquiries.Compare.CertMissing"])}")),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells) =>
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
