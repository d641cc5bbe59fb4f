namespace Marketplace.Theme.Default;

/// <summary>What the error page shows: the status, what exactly was wrong when the site knows it, and a reference to quote to support.</summary>
public sealed record ErrorViewModel(int StatusCode, string Reference, string? DetailKey = null)
{
    private static readonly int[] Described = [400, 403, 404, 413, 429, 500];

    /// <summary>The resource prefix for this error's title and text; other 4xx codes share the 400 text (the request, not the site, was wrong), the rest the 500 one.</summary>
    public string TextKey => $"Error.{(Described.Contains(StatusCode) ? StatusCode : StatusCode is >= 400 and < 500 ? 400 : 500)}";
}
