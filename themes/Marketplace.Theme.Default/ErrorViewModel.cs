namespace Marketplace.Theme.Default;

/// <summary>What the error page shows: the status and a reference to quote to support.</summary>
public sealed record ErrorViewModel(int StatusCode, string Reference)
{
    private static readonly int[] Described = [403, 404, 429, 500];

    /// <summary>The resource prefix for this error's title and text; codes without their own text share the 500 one.</summary>
    public string TextKey => $"Error.{(Described.Contains(StatusCode) ? StatusCode : 500)}";
}
