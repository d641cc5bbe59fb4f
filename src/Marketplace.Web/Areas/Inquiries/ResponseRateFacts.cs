using Marketplace.Inquiries.ResponseRates;
using Marketplace.Localization;
using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>"Response rate: 92% within 48 hours, usually in 3 hours" on profiles and search results, with its rule.</summary>
internal sealed class ResponseRateFacts(ResponseRateReader rates, InquiryText say, IStringLocalizer<Text> text) : ICooperativeFacts
{
    public async Task<IReadOnlyList<CooperativeFact>> ForAsync(int cooperative, CancellationToken cancellationToken)
    {
        var rate = (await rates.ForAsync([cooperative], cancellationToken))[cooperative];
        var rule = text["Inquiries.ResponseRate.Rule", ResponseRate.EnoughInquiries];
        if (!rate.IsEnough)
        {
            return [new CooperativeFact(text["Inquiries.ResponseRate.Label"], text["Inquiries.ResponseRate.NotEnough"], text["Inquiries.ResponseRate.BriefNotEnough"], rule)];
        }

        var value = rate.MedianFirstAnswer is { } median
            ? text["Inquiries.ResponseRate.ValueWithMedian", rate.Percent, rate.Received, say.Duration(median)]
            : text["Inquiries.ResponseRate.Value", rate.Percent, rate.Received];
        return [new CooperativeFact(text["Inquiries.ResponseRate.Label"], value, text["Inquiries.ResponseRate.Brief", rate.Percent], rule)];
    }
}
