namespace Marketplace.Search.Lucene;

/// <summary>How the port's field kinds are named inside a Lucene document, so a text and a keyword field may share a name.</summary>
internal static class LuceneFields
{
    public const string Id = "_id";

    public static string Text(string name) => "t." + name;

    public static string Keyword(string name) => "k." + name;

    public static string Number(string name) => "n." + name;

    public static string Stored(string name) => "s." + name;
}
