using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Strings in an API body with a control character (NUL...) other than tab and line breaks are refused while the body is
/// read, as forms and query strings are (FormGuard): PostgreSQL refuses a NUL with an error, SQLite would store it.
/// </summary>
internal sealed class JsonStrings : JsonConverter<string>
{
    /// <summary>In the exception's message so the API's answer can say which rule it was.</summary>
    public const string ControlCharacterMarker = "[control-character]";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? throw new JsonException($"{ControlCharacterMarker} A string contains a control character.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
