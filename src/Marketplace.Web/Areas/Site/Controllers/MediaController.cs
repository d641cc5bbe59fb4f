using Marketplace.Media;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Areas.Site.Controllers;

/// <summary>Serves re-encoded renditions only (the original upload is never kept). A key never changes content, so caches may keep it for a year.</summary>
[Area("Site")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class MediaController(IMediaStore media) : Controller
{
    [HttpGet("/media/{key}/{file}")]
    [ResponseCache(Duration = 31_536_000, Location = ResponseCacheLocation.Any)]
    public IActionResult Show(string key, string file)
    {
        var contentType = Path.GetExtension(file) switch
        {
            ".webp" => "image/webp",
            ".jpg" => "image/jpeg",
            ".png" => "image/png",
            ".svg" => "image/svg+xml",
            _ => null,
        };
        // A width the image was too small for is answered by its nearest rendition (a 200 px logo asked for at 320).
        // A private image (an inquiry's specification) is served only through its thread, to the two parties.
        var stream = contentType is null || MediaKeys.IsPrivate(key) ? null
            : media.Open(key, file) ?? (MediaRenditions.Nearest(media.FileNames(key), file) is { } nearest ? media.Open(key, nearest) : null);
        return stream is null ? NotFound() : File(stream, contentType!);
    }
}
