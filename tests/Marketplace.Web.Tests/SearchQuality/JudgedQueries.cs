using System.Text.Json;

namespace Marketplace.Web.Tests.SearchQuality;

/// <summary>
/// judged-queries.json: buyer queries and demo demands, each with the products a buyer would want, judged from the
/// seed catalogue (by seed key) and never from what the engine returns.
/// </summary>
public sealed record JudgedQueries(DateOnly AsOf, IReadOnlyList<JudgedQuery> Queries, IReadOnlyList<JudgedDemand> Demands)
{
    public const string FileName = "judged-queries.json";

    public static JudgedQueries Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SearchQuality", FileName);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<JudgedQueries>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{path} is empty.");
    }
}

/// <param name="Kind">vi-marks, vi-no-marks, english, former-province, typo or mixed.</param>
/// <param name="Relevant">Product seed key → grade (2 = what was asked, 1 = acceptable).</param>
public sealed record JudgedQuery(string Id, string Kind, string Text, JudgedFilters? Filters, IReadOnlyDictionary<string, int> Relevant);

/// <summary>Facets the buyer picked, as the search page passes them.</summary>
public sealed record JudgedFilters(string? Category, string? Province, string? Certificate, int? Ocop);

/// <param name="Demand">The demand's seed key (content-seed/demo/demands.json).</param>
public sealed record JudgedDemand(string Demand, string? Note, IReadOnlyDictionary<string, int> Relevant);
