namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>Elasticsearch 8 response bodies under Elasticsearch/Recorded (see the README there for where they come from).</summary>
internal static class Recorded
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Recorded", name));
}
