using System.Globalization;
using Marketplace.Catalogue;
using Marketplace.Inquiries;
using Marketplace.Inquiries.ReadThread;
using Marketplace.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>How the inquiry pages say states, moves, money, times and durations, in the reader's language.</summary>
public sealed class InquiryText(IStringLocalizer<Text> text, Marketplace.Web.Infrastructure.CatalogueFormat format)
{
    public string State(InquiryState state) => text[$"Inquiries.State.{state}"];

    public string Terms(DeliveryTerms terms) => text[$"Inquiries.Terms.{terms}"];

    public string Unit(SalesUnit unit) => format.Unit(unit);

    public string Money(long vnd) => string.Create(CultureInfo.CurrentCulture, $"{vnd:N0} ₫");

    public string Money(decimal vnd) => Money((long)Math.Round(vnd, MidpointRounding.AwayFromZero));

    public string Quantity(decimal amount, SalesUnit unit) => format.Quantity(amount, unit);

    public string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A moment in Vietnam time, which is what both parties live by.</summary>
    public string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Cultures.VietnamTime).ToString("g", CultureInfo.CurrentCulture);

    public string Duration(TimeSpan span) =>
        span < TimeSpan.FromHours(1) ? text["Inquiries.Duration.UnderHour"]
        : span < TimeSpan.FromHours(48) ? text["Inquiries.Duration.Hours", (int)Math.Round(span.TotalHours)]
        : text["Inquiries.Duration.Days", (int)Math.Round(span.TotalDays)];

    /// <summary>The line of the thread's history: "HTX X sent a quotation", "the site closed it: ...".</summary>
    public string Entry(ThreadEntry entry, string buyer, string cooperative)
    {
        var who = entry.Party switch
        {
            InquiryParty.Buyer => entry.ByName is { } name ? $"{name} ({buyer})" : buyer,
            InquiryParty.Cooperative => entry.ByName is { } name ? $"{name} ({cooperative})" : cooperative,
            _ => text["Inquiries.Party.System"].Value,
        };
        return text[$"Inquiries.Entry.{entry.Action}", who];
    }

    /// <summary>The site's own words are resource keys; the parties' are their own.</summary>
    public string? Words(ThreadEntry entry) =>
        entry.Party == InquiryParty.System && entry.Text is { } key ? text[key] : entry.Text;
}
