using Marketplace.Inquiries.AcceptQuotation;
using Marketplace.Inquiries.ActOnThread;
using Marketplace.Inquiries.BlockBuyer;
using Marketplace.Inquiries.CompareQuotes;
using Marketplace.Inquiries.ExpireInquiries;
using Marketplace.Inquiries.Notify;
using Marketplace.Inquiries.QuoteInquiry;
using Marketplace.Inquiries.ReadInbox;
using Marketplace.Inquiries.ReadThread;
using Marketplace.Inquiries.SendInquiry;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Inquiries;

/// <summary>The inquiries module's use cases, one handler each, for the host to register in one call.</summary>
public static class InquiriesUseCases
{
    public static IServiceCollection AddInquiriesUseCases(this IServiceCollection services)
    {
        services.AddScoped<InquiryFormValidator>();
        services.AddScoped<InquiryNotifier>();
        services.AddScoped<InquiryDigest>();
        services.AddScoped<NotificationSettings>();
        services.AddScoped<InquiryMoves>();
        services.AddScoped<QuotationRequests>();
        services.AddScoped<SendInquiryHandler>();
        services.AddScoped<InquiryCandidates>();
        services.AddScoped<ActOnThreadHandler>();
        services.AddScoped<QuoteInquiryHandler>();
        services.AddScoped<AcceptQuotationHandler>();
        services.AddScoped<BlockBuyerHandler>();
        services.AddScoped<ReadThreadHandler>();
        services.AddScoped<InboxReader>();
        services.AddScoped<CompareQuotesHandler>();
        services.AddScoped<ExpireInquiriesHandler>();
        services.AddScoped<ResponseRates.ResponseRateReader>();
        services.AddHostedService<InquiryWorker>();
        return services;
    }
}
