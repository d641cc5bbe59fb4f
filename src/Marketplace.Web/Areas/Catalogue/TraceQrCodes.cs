using Marketplace.Theme.Default;
using QRCoder;

namespace Marketplace.Web.Areas.Catalogue;

/// <summary>
/// The QR codes on labels and pages: each encodes the absolute Vietnamese trace address (the page offers the language
/// switch), with error correction M, which survives a scuffed label without making the code dense.
/// </summary>
public sealed class TraceQrCodes
{
    /// <summary>About 10 px per module: a 25-module code is 330 px with its quiet zone, sharp when printed at 3 cm.</summary>
    public const int PngPixelsPerModule = 10;

    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <summary>The address a code's QR leads to: short on purpose, Vietnamese, on this site's host.</summary>
    public static string TraceUrl(HttpContext context, string traceCode) =>
        PageLinks.Absolute(context, $"{PageLinks.Urls(context).SiteBase}/t/{traceCode}");

    /// <summary>A scalable SVG (viewBox, no fixed size) with its quiet zone, black on white.</summary>
    public string Svg(string url)
    {
        using var data = Encode(url);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    public byte[] Png(string url)
    {
        using var data = Encode(url);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PngPixelsPerModule, drawQuietZones: true);
    }

    private static QRCodeData Encode(string url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, ErrorCorrection);
    }
}
