using Marketplace.Inquiries;
using Marketplace.Web.Areas.Inquiries.Api;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Areas.Inquiries;

/// <summary>Buyers' inquiries and cooperatives' quotations: the threads, the inbox, the comparison, notifications, the API.</summary>
internal sealed class InquiriesModule : IWebModule
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddTexts<Marketplace.Localization.InquiriesTexts>();
        builder.Services.AddInquiriesUseCases();
        builder.Services.AddSettings<InquiryLimitOptions>(InquiryLimitOptions.Section);
        builder.Services.AddSingleton<SendingLimiter>();
        builder.Services.AddScoped<InquiryPages>();
        builder.Services.AddScoped<QuotesCsv>();
        builder.Services.AddScoped<InquiryText>();
        builder.Services.AddScoped<IMemberNavLink, InboxNavLink>();
        builder.Services.AddScoped<ICooperativeFacts, ResponseRateFacts>();
    }

    public void Map(WebApplication app) => app.MapApiV1().MapInquiriesApi();
}
