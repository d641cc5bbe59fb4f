using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries.ResponseRates;

/// <param name="Received">Inquiries the rule counts (received in the window).</param>
/// <param name="AnsweredInTime">Of those, answered within <see cref="ResponseRateReader.AnswerWithin"/>.</param>
/// <param name="MedianFirstAnswer">Median time to the first answer of those answered at all; null when none was.</param>
public sealed record ResponseRate(int Received, int AnsweredInTime, TimeSpan? MedianFirstAnswer)
{
    /// <summary>Fewer inquiries than this say more about luck than about the cooperative.</summary>
    public const int EnoughInquiries = 5;

    public bool IsEnough => Received >= EnoughInquiries;

    public int Percent => Received == 0 ? 0 : (int)Math.Round(100.0 * AnsweredInTime / Received, MidpointRounding.AwayFromZero);
}

/// <summary>
/// How a cooperative answers buyers, the rule written on its profile: of the inquiries it received in the 90 days up
/// to 48 hours ago (each has had its full 48 hours), the share it answered within 48 hours, and the median time to
/// its first answer. An answer is the cooperative's message, quotation, decline with its reason or spam report
/// (<see cref="InquiryStateMachine.IsAnswer"/>, which sets <see cref="Inquiry.FirstAnsweredAtUtc"/>); a thread that
/// only expired or was withdrawn by the buyer before any answer counts as not answered.
/// </summary>
public sealed class ResponseRateReader(MarketplaceDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public static readonly TimeSpan AnswerWithin = TimeSpan.FromHours(48);

    public async Task<IReadOnlyDictionary<int, ResponseRate>> ForAsync(IReadOnlyCollection<int> cooperatives, CancellationToken cancellationToken)
    {
        var ids = cooperatives.Distinct().ToList();
        var until = clock.GetUtcNow().UtcDateTime - AnswerWithin;
        var from = until - Window;
        var rows = await db.Inquiries().AsNoTracking()
            .Where(i => ids.Contains(i.CooperativeOrganisationId) && i.CreatedAtUtc >= from && i.CreatedAtUtc < until)
            .Select(i => new { i.CooperativeOrganisationId, i.CreatedAtUtc, i.FirstAnsweredAtUtc })
            .ToListAsync(cancellationToken);
        var rates = rows.GroupBy(r => r.CooperativeOrganisationId).ToDictionary(g => g.Key, g =>
        {
            var waits = g.Where(r => r.FirstAnsweredAtUtc is not null).Select(r => r.FirstAnsweredAtUtc!.Value - r.CreatedAtUtc).Order().ToList();
            return new ResponseRate(g.Count(), waits.Count(w => w <= AnswerWithin), Median(waits));
        });
        return ids.ToDictionary(id => id, id => rates.GetValueOrDefault(id) ?? new ResponseRate(0, 0, null));
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
