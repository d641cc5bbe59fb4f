using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for text answers that every visitor may read alike; never for an answer that carries something
/// of one person's (ADR 0017). A compressed page that holds a secret next to text an attacker can put into it leaks
/// the secret through its length (BREACH); a page with no secret has nothing to leak.
/// </summary>
internal static class ResponseCompressing
{
    private static readonly string[] TextTypes =
    [
        "text/html", "text/css", "text/plain", "text/javascript", "application/javascript", "application/json",
        "application/problem+json", "application/ld+json", "image/svg+xml", "application/xml", "text/xml",
    ];

    public static WebApplicationBuilder AddResponseCompressing(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(compression =>
        {
            // Safe over HTTPS because of PublicAnswersOnly: what carries a secret is sent as it is.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = TextTypes;
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddSingleton<IResponseCompressionProvider, PublicAnswersOnly>();
        return builder;
    }

    /// <summary>
    /// Outside the output cache: the cache keeps one plain copy and each reader gets it in the encoding they asked for
    /// (the cache does not vary by Accept-Encoding, so it must never hold a compressed copy).
    /// </summary>
    public static WebApplication UseResponseCompressing(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }
}

/// <summary>
/// The framework's choice of encoding and types, and on top of it: nothing for a signed-in member, nothing that sets a
/// cookie, nothing marked <c>private</c> or <c>no-store</c> (every page that made an antiforgery token says
/// <c>no-store</c>). That is also what the output cache refuses to share (ADR 0015): what one cache may give to anyone,
/// compression may shorten.
/// </summary>
internal sealed class PublicAnswersOnly(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider framework = new(services, options);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => framework.GetCompressionProvider(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => framework.CheckRequestAcceptsCompression(context);

    public bool ShouldCompressResponse(HttpContext context) => IsPublic(context) && framework.ShouldCompressResponse(context);

    public static bool IsPublic(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true || context.Response.Headers.SetCookie.Count > 0)
        {
            return false;
        }

        var cacheControl = context.Response.Headers.CacheControl.ToString();
        return !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase);
    }
}
