using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>
/// Compares a request body with its file under Elasticsearch/Golden, as JSON (key order and spacing aside).
/// With MARKETPLACE_UPDATE_GOLDEN=1 the files are rewritten from the actual bodies instead: review the diff before committing.
/// </summary>
internal static class Golden
{
    // Readable files and failure messages: Vietnamese and quotes as they are, not \uXXXX.
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Updating => Environment.GetEnvironmentVariable("MARKETPLACE_UPDATE_GOLDEN") == "1";

    public static void AssertJson(string name, string? actual, [CallerFilePath] string source = "")
    {
        Assert.NotNull(actual);
        var actualNode = JsonNode.Parse(actual);
        if (Updating)
        {
            File.WriteAllText(SourcePath(source, name), actualNode!.ToJsonString(Pretty) + "\n");
            return;
        }

        var expected = JsonNode.Parse(File.ReadAllText(OutputPath(name)));
        if (!JsonNode.DeepEquals(expected, actualNode))
        {
            Assert.Equal(expected!.ToJsonString(Pretty), actualNode!.ToJsonString(Pretty));
        }
    }

    /// <summary>One JSON object per line, compared line by line; the body must end with a newline, as <c>_bulk</c> requires.</summary>
    public static void AssertNdjson(string name, string? actual, [CallerFilePath] string source = "")
    {
        Assert.NotNull(actual);
        Assert.EndsWith("\n", actual, StringComparison.Ordinal);
        var actualLines = Lines(actual);
        if (Updating)
        {
            File.WriteAllLines(SourcePath(source, name), actualLines.Select(l => l!.ToJsonString(OneLine)));
            return;
        }

        var expectedLines = Lines(File.ReadAllText(OutputPath(name)));
        Assert.Equal(expectedLines.Count, actualLines.Count);
        for (var i = 0; i < expectedLines.Count; i++)
        {
            if (!JsonNode.DeepEquals(expectedLines[i], actualLines[i]))
            {
                Assert.Equal(expectedLines[i]!.ToJsonString(Pretty), actualLines[i]!.ToJsonString(Pretty));
            }
        }
    }

    private static List<JsonNode?> Lines(string ndjson) =>
        [.. ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line))];

    private static string OutputPath(string name) => Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Golden", name);

    private static string SourcePath(string callerFile, string name) => Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden", name);
}
