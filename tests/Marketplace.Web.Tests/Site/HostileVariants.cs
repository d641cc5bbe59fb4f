using System.Text;

namespace Marketplace.Web.Tests.Site;

/// <summary>What a field is, as far as a browser shows it: it decides which wrong values are worth sending.</summary>
internal enum FieldKind
{
    Text,
    LongText,
    Number,
    Date,
    Bool,
    Choice,
    File,
    Token,
}

/// <summary>
/// One hostile value for one field. <see cref="Value"/> null leaves the field out; <see cref="Raw"/> values are
/// already %-encoded bytes (bytes that are not UTF-8 cannot be written as a .NET string).
/// </summary>
internal sealed record Variant(string Class, string Label, string? Value, bool Raw = false)
{
    public override string ToString() => $"{Class}: {Label}";

    /// <summary>The bytes the value stands for, for a multipart part.</summary>
    public byte[] Bytes() => Raw ? PercentDecoded(Value!) : Encoding.UTF8.GetBytes(Value ?? string.Empty);

    private static byte[] PercentDecoded(string encoded)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length)
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)encoded[i]);
            }
        }

        return [.. bytes];
    }
}

/// <summary>The classes of issue 10 (missing, empty, over-long, wrong type, out of range, control characters, invalid UTF-8, markup), per kind of field.</summary>
internal static class HostileVariants
{
    /// <summary>The literal a page must never contain: it would run. Every markup variant carries it or <see cref="ImageMarker"/>.</summary>
    public const string ScriptMarker = "<script>alert(1)</script>";

    public const string ImageMarker = "<img src=x onerror=alert(1)>";

    /// <summary>100,000 characters of Vietnamese words (three bytes for some letters), far over every limit a field has.</summary>
    public static readonly string OverLong = Repeat("Thanh long ruột đỏ Hàm Thuận Bắc ", 100_000);

    /// <summary>
    /// Kestrel refuses a request line over 8 KB before the site sees it (the test server has no such limit): the longest
    /// query value that can reach the site in production, with room for the rest of the address.
    /// </summary>
    public static readonly string OverLongQuery = Repeat("thanh long ruột đỏ ", 2_500);

    private static readonly string[] ControlCharacters = ["a\u0000b", "a\u0001b", "a\u001Bb", "a\u007Fb"];

    /// <summary>%FF%FE: never UTF-8; %C0%AF: an over-long "/"; %ED%A0%80: a UTF-16 surrogate written as UTF-8.</summary>
    private static readonly string[] NotUtf8 = ["%FF%FE", "a%C0%AFb", "%ED%A0%80"];

    public static IReadOnlyList<Variant> For(FieldKind kind, int ordinal)
    {
        // One of each control character and broken byte sequence per field, turn about: the form guard refuses them
        // before any field is read, so every field need not see all of them, but every kind does.
        var variants = new List<Variant>
        {
            new("missing", "left out", null),
            new("empty", "\"\"", string.Empty),
            new("empty", "whitespace", "   "),
            new("over-long", "100,000 characters", OverLong),
            new("control character", Escape(ControlCharacters[ordinal % ControlCharacters.Length]), ControlCharacters[ordinal % ControlCharacters.Length]),
            new("invalid UTF-8", NotUtf8[ordinal % NotUtf8.Length], NotUtf8[ordinal % NotUtf8.Length], Raw: true),
            new("markup", "script", "\"'></textarea></script>" + ScriptMarker),
            new("markup", "img onerror", ImageMarker),
        };
        variants.AddRange(kind switch
        {
            FieldKind.Number =>
            [
                new("wrong type", "abc", "abc"),
                new("out of range", "-1", "-1"),
                new("out of range", "2147483648", "2147483648"),
                new("out of range", "1e30", "1e30"),
                new("out of range", "9999999999999999999", "9999999999999999999"),
            ],
            FieldKind.Date =>
            [
                new("wrong type", "abc", "abc"),
                new("out of range", "2026-13-45", "2026-13-45"),
                new("out of range", "0001-01-01", "0001-01-01"),
                new("out of range", "9999-12-31", "9999-12-31"),
            ],
            FieldKind.Bool => [new("wrong type", "maybe", "maybe"), new("wrong type", "2", "2")],
            FieldKind.Choice =>
            [
                new("wrong type", "Zzz", "Zzz"),
                new("out of range", "-1", "-1"),
                new("out of range", "2147483648", "2147483648"),
            ],
            FieldKind.LongText => [new("markup", "javascript: link in Markdown", "[xem](javascript:alert(1)) <a href=\"javascript:alert(1)\">x</a>")],
            _ => [],
        });
        return variants;
    }

    /// <summary>Query string values: every parameter gets every class, since a query is read by the endpoint itself, not by a form guard.</summary>
    public static IReadOnlyList<Variant> ForQuery() =>
    [
        new("empty", "\"\"", string.Empty),
        new("empty", "whitespace", "   "),
        new("over-long", "8 KB", OverLongQuery),
        new("wrong type", "Zzz", "Zzz"),
        new("wrong type", "maybe", "maybe"),
        new("out of range", "-1", "-1"),
        new("out of range", "2147483648", "2147483648"),
        new("out of range", "1e30", "1e30"),
        new("out of range", "9999999999999999999", "9999999999999999999"),
        new("control character", "NUL", "a\u0000b"),
        new("control character", "U+0001", "\u0001"),
        new("invalid UTF-8", "%FF%FE", "%FF%FE", Raw: true),
        new("markup", "script", "\"'></script>" + ScriptMarker),
        new("markup", "img onerror", ImageMarker),
    ];

    /// <summary>A url-encoded body as a browser writes it, with raw values passed through as they are.</summary>
    public static string UrlEncoded(IEnumerable<(string Name, string Value, bool Raw)> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + (f.Raw ? f.Value : Uri.EscapeDataString(f.Value))));

    public static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString()));

    private static string Repeat(string words, int length)
    {
        var text = new StringBuilder(length + words.Length);
        while (text.Length < length)
        {
            text.Append(words);
        }

        return text.ToString(0, length);
    }
}
