using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marketplace.Web.Tests.Site;

/// <summary>A field of a form as a browser would post it: its name, its kind, and the values it holds now (none for an unticked box).</summary>
internal sealed record FormField(string Name, FieldKind Kind, IReadOnlyList<string> Values);

/// <summary>Reads pages the way a browser does: the fields a form posts, and whether a refusal tells the person anything.</summary>
internal static class HostileHtml
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Where a refusal's message can be: under a field, in a summary, in an alert, or on the error page.</summary>
    private const string MessageSelector =
        ".field-validation-error, .validation-summary-errors, .error-summary, [role=alert], .error-page h1";

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The form on <paramref name="page"/> (at <paramref name="pagePath"/>) that posts to <paramref name="postPath"/>.</summary>
    public static IHtmlFormElement? FormPostingTo(IHtmlDocument page, string pagePath, string postPath) =>
        page.Forms.FirstOrDefault(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)
            && PathOf(f.GetAttribute("action") is { Length: > 0 } action ? action : pagePath) == PathOf(postPath));

    /// <summary>Every field of the form, in order, with what a browser would send for it now (the first named submit button counts as pressed).</summary>
    public static List<FormField> Fields(IHtmlFormElement form)
    {
        var fields = new List<(string Name, FieldKind Kind, List<string> Values, List<string> Options)>();
        (string Name, FieldKind Kind, List<string> Values, List<string> Options) Field(string name, FieldKind kind)
        {
            var index = fields.FindIndex(f => f.Name == name);
            if (index < 0)
            {
                fields.Add((name, kind, [], []));
                index = fields.Count - 1;
            }

            return fields[index];
        }

        var pressed = false;
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input:
                    var type = (input.GetAttribute("type") ?? "text").ToLowerInvariant();
                    if (type is "submit" or "image" or "button" or "reset")
                    {
                        if (type == "submit" && !pressed)
                        {
                            pressed = true;
                            Field(name, FieldKind.Choice).Values.Add(input.GetAttribute("value") ?? string.Empty);
                        }

                        continue;
                    }

                    if (type is "checkbox" or "radio")
                    {
                        var value = input.GetAttribute("value") ?? "on";
                        var field = Field(name, FieldKind.Choice);
                        field.Options.Add(value);
                        if (input.HasAttribute("checked") && (type == "checkbox" || field.Values.Count == 0))
                        {
                            field.Values.Add(value);
                        }

                        continue;
                    }

                    var kind = name == "__RequestVerificationToken" ? FieldKind.Token : type switch
                    {
                        "number" => FieldKind.Number,
                        "date" or "datetime-local" or "month" => FieldKind.Date,
                        "file" => FieldKind.File,
                        "hidden" when IsBool(input.GetAttribute("value")) => FieldKind.Bool,
                        "hidden" when int.TryParse(input.GetAttribute("value"), out _) => FieldKind.Number,
                        "hidden" => FieldKind.Choice,
                        _ when input.GetAttribute("inputmode") is "numeric" or "decimal" => FieldKind.Number,
                        _ => FieldKind.Text,
                    };
                    var single = Field(name, kind);
                    if (kind != FieldKind.File)
                    {
                        single.Values.Add(input.GetAttribute("value") ?? string.Empty);
                    }

                    break;
                case IHtmlSelectElement select:
                    var options = select.Options.Select(o => o.GetAttribute("value") ?? o.TextContent).ToList();
                    var chosen = select.Options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value") ?? o.TextContent).ToList();
                    var list = Field(name, FieldKind.Choice);
                    list.Options.AddRange(options);
                    list.Values.AddRange(chosen.Count > 0 || select.IsMultiple ? chosen : options.Take(1));
                    break;
                case IHtmlTextAreaElement area:
                    Field(name, FieldKind.LongText).Values.Add(area.Value);
                    break;
                case IHtmlButtonElement button when !pressed && (button.GetAttribute("type") ?? "submit") == "submit":
                    pressed = true;
                    Field(name, FieldKind.Choice).Values.Add(button.GetAttribute("value") ?? string.Empty);
                    break;
            }
        }

        return [.. fields.Select(f => new FormField(f.Name, f.Kind == FieldKind.Choice && f.Options.Count > 0 && f.Options.All(IsBool) ? FieldKind.Bool : f.Kind, f.Values))];
    }

    /// <summary>
    /// A message the person can read: a non-empty, visible message element, in <paramref name="form"/> (when a form
    /// came back) or outside every form; a message shown in another form on the page speaks of that form's fields.
    /// </summary>
    public static bool ShowsMessage(IHtmlDocument page, IElement? form = null) =>
        page.QuerySelectorAll(MessageSelector).Any(e => !string.IsNullOrWhiteSpace(e.TextContent) && Visible(e)
            && (form is null || form.Contains(e) || e.Closest("form") is null));

    /// <summary>Why <paramref name="html"/> would run what was typed, or null: the markup came back as markup, or a link runs script.</summary>
    public static string? RunsTypedMarkup(string html)
    {
        if (html.Contains(HostileVariants.ScriptMarker, StringComparison.OrdinalIgnoreCase))
        {
            return $"the typed {HostileVariants.ScriptMarker} came back unescaped";
        }

        if (html.Contains(HostileVariants.ImageMarker, StringComparison.OrdinalIgnoreCase))
        {
            return $"the typed {HostileVariants.ImageMarker} came back unescaped";
        }

        if (html.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            var link = Parse(html).QuerySelectorAll("[href], [src], [action], [formaction]")
                .SelectMany(e => e.Attributes)
                .FirstOrDefault(a => a.Name is "href" or "src" or "action" or "formaction" && a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            if (link is not null)
            {
                return $"a typed link became {link.Name}=\"{link.Value}\"";
            }
        }

        return null;
    }

    public static string PathOf(string url)
    {
        var path = url.Split('?', '#')[0];
        return Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsolutePath : path;
    }

    private static bool IsBool(string? value) => bool.TryParse(value, out _);

    private static bool Visible(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.HasAttribute("hidden") || (e.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
