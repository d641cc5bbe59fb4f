using System.Globalization;
using Marketplace.Catalogue;
using Marketplace.Localization;
using Marketplace.ReferenceData;
using Microsoft.Extensions.Localization;

namespace Marketplace.Matching;

/// <summary>Puts match reasons into words in the reader's language: "VietGAP valid until 31/12/2027 ✓".</summary>
public sealed class MatchExplainer
{
    private readonly IStringLocalizer text;
    private readonly ReferenceTables tables;
    private readonly CultureInfo culture;
    private readonly bool english;

    public MatchExplainer(ReferenceTables tables, IStringLocalizer<Text> text, bool english)
    {
        this.text = text;
        this.tables = tables;
        this.english = english;
        culture = english ? Cultures.English : Cultures.Vietnamese;
    }

    /// <summary>In the explainer's language whatever the request's (the API takes lang=en on any address).</summary>
    public IReadOnlyList<string> Explain(IEnumerable<MatchReason> reasons)
    {
        using var speaking = Cultures.SpeakTemporarily(culture);
        return reasons.Select(Explain).ToList();
    }

    private string Explain(MatchReason reason) => reason.Kind switch
    {
        MatchReasonKind.Text => text["Match.Reason.Text"],
        MatchReasonKind.Certificate => text["Match.Reason.Certificate", CertificateName(reason.Code ?? string.Empty), reason.Date?.ToString("d", culture) ?? string.Empty],
        MatchReasonKind.Ocop when reason.Need is { } minimum => text["Match.Reason.OcopAtLeast", Number(reason.Have ?? 0), Number(minimum)],
        MatchReasonKind.Ocop => text["Match.Reason.Ocop", Number(reason.Have ?? 0)],
        MatchReasonKind.Capacity => text[reason.Met ? "Match.Reason.CapacityMet" : "Match.Reason.CapacityShort", Amount(reason.Have ?? 0, reason.Unit), Amount(reason.Need ?? 0, reason.Unit)],
        MatchReasonKind.Harvest => text[reason.Met ? "Match.Reason.HarvestMet" : "Match.Reason.HarvestMiss", Months(reason.HaveMonths), Months(reason.NeedMonths)],
        MatchReasonKind.Verified => text["Match.Reason.Verified"],
        MatchReasonKind.Distance when reason.Kilometres < 30 => text["Match.Reason.SameProvince", ProvinceName(reason.Code)],
        MatchReasonKind.Distance => text["Match.Reason.Distance", Number((decimal)(Math.Round((reason.Kilometres ?? 0) / 10) * 10)), ProvinceName(reason.Code)],
        _ => reason.Kind.ToString(),
    };

    private string CertificateName(string code) => tables.CertificateTypes.TryGetValue(code, out var type) ? type.Name(english) : code;

    private string ProvinceName(string? code) => code is not null && tables.Provinces.TryGetValue(code, out var province) ? province.Name(english) : string.Empty;

    /// <summary>Kilograms of a thousand or more read as tonnes ("30 tấn", "30 tonnes"); other units as they are.</summary>
    private string Amount(decimal amount, SalesUnit? unit)
    {
        if (unit == SalesUnit.Kg && amount >= 1000)
        {
            return $"{Number(amount / 1000)} {text["Unit.Tan"]}";
        }

        return $"{Number(amount)} {(unit is { } u ? text[$"Unit.{u}"] : string.Empty)}".TrimEnd();
    }

    private string Number(decimal value) => Math.Round(value, value < 10 ? 1 : 0).ToString("#,0.#", culture);

    /// <summary>Month bits as runs: "May–Aug" in English, "tháng 5–8" in Vietnamese; runs joined with commas.</summary>
    private string Months(int bits)
    {
        var months = HarvestMonths.ToList(bits);
        if (months.Count == 12)
        {
            return text["Match.AllYear"];
        }

        var runs = new List<(int From, int To)>();
        foreach (var month in months)
        {
            if (runs.Count > 0 && runs[^1].To == month - 1)
            {
                runs[^1] = (runs[^1].From, month);
            }
            else
            {
                runs.Add((month, month));
            }
        }

        string Name(int m) => english ? culture.DateTimeFormat.GetAbbreviatedMonthName(m) : m.ToString(culture);
        var parts = runs.Select(r => r.From == r.To ? Name(r.From) : $"{Name(r.From)}–{Name(r.To)}");
        return english ? string.Join(", ", parts) : "tháng " + string.Join(", ", parts);
    }
}
