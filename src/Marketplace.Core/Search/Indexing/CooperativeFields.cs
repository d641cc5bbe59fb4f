namespace Marketplace.Search.Indexing;

/// <summary>The fields of a cooperative's search document.</summary>
public static class CooperativeFields
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Place = "place";
    public const string Sectors = "sectors";
    public const string Province = "province";
    public const string Kind = "kind";
    public const string Verified = "verified";
    public const string Certificate = "certificate";
    public const string Title = "title";
}
