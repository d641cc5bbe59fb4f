using System.Globalization;
using System.Text.Json;
using Marketplace.Accounts.SignUp;
using Marketplace.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>What every /api/v1 endpoint does with a request the same way: its language, its enum names, its field errors.</summary>
internal static class ApiRequests
{
    /// <summary>Names and messages in English for lang=en, Vietnamese otherwise.</summary>
    public static bool UseLanguage(string? lang)
    {
        var culture = Cultures.FromCode(lang);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return Cultures.CodeOf(culture) == Cultures.EnglishCode;
    }

    /// <summary>"kg", "perSeason": names only; a number or an unknown name is null, which the validator reports on its field.</summary>
    public static T? EnumOrNull<T>(string? value)
        where T : struct, Enum =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    /// <summary>An enum value as the API writes it: camelCase of its name.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The validator's fields under the names the request uses, each with its message in the caller's language.</summary>
    public static Dictionary<string, string[]> FieldErrors(IReadOnlyList<FieldError> errors, IStringLocalizer<Text> text, Func<string, string>? rename = null) =>
        errors.GroupBy(e => rename?.Invoke(e.Field) ?? CamelCase(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => text[e.MessageKey].Value).ToArray());

    /// <summary>"Lines[0].UnitPriceVnd" as "lines[0].unitPriceVnd".</summary>
    public static string CamelCase(string field) =>
        string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
