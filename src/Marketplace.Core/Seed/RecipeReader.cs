using System.Text.Json;

namespace Marketplace.Seed;

/// <summary>Reads a recipe file (a JSON array of objects) and remembers the line each object starts on.</summary>
internal static class RecipeReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<Located<T>> ReadArray<T>(string root, string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            throw new SeedException(relativePath, 0, "the file is missing.");
        }

        var bytes = File.ReadAllBytes(path);
        var lines = ObjectStartLines(bytes, relativePath);
        T[] items;
        try
        {
            items = JsonSerializer.Deserialize<T[]>(bytes, Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new SeedException(relativePath, (e.LineNumber ?? 0) + 1, $"{FirstSentence(e.Message)} (at {e.Path}).");
        }

        return items.Select((item, i) => new Located<T>(item, relativePath, lines[i])).ToList();
    }

    private static List<long> ObjectStartLines(byte[] bytes, string relativePath)
    {
        var lines = new List<long>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType != JsonTokenType.StartArray && reader.TokenType != JsonTokenType.EndArray)
                {
                    throw new SeedException(relativePath, 1, "the file must be a JSON array of objects.");
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartObject)
                {
                    lines.Add(LineAt(bytes, reader.TokenStartIndex));
                }
            }
        }
        catch (JsonException e)
        {
            throw new SeedException(relativePath, (e.LineNumber ?? 0) + 1, FirstSentence(e.Message));
        }

        return lines;
    }

    private static long LineAt(byte[] bytes, long offset) => bytes.AsSpan(0, (int)offset).Count((byte)'\n') + 1;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
