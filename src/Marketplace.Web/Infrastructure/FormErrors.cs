using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Marketplace.Accounts.SignUp;
using Marketplace.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Where a form's refusals are shown. Every error in the model state reaches the person: at the top in the
/// <see cref="ErrorSummaryTagHelper"/> (each linked to its field) and beside its field in a <see cref="FieldErrorTagHelper"/>.
/// The summary lists every key, so a field whose view forgot its message is still never refused in silence (issue 10).
/// </summary>
public static class FormErrors
{
    /// <summary>"Profile.Name" → "Profile_Name", the id ASP.NET Core gives the input named "Profile.Name".</summary>
    public static string InputId(string key) => TagBuilder.CreateSanitizedId(FieldOf(key), "_");

    /// <summary>"Profile.Name" → "Profile-Name-error", the id a field's message has (for aria-describedby).</summary>
    public static string MessageId(string key) => FieldOf(key).Replace('.', '-') + "-error";

    /// <summary>The messages of one field: its own key and its list items ("HarvestMonths[0]").</summary>
    public static IEnumerable<string> Messages(ModelStateDictionary state, string key) =>
        state.Where(entry => FieldOf(entry.Key) == key)
            .SelectMany(entry => entry.Value?.Errors ?? [])
            .Select(error => error.ErrorMessage)
            .Where(message => message.Length > 0)
            .Distinct();

    /// <summary>
    /// Adds a handler's messages to the fields the binder has not already refused, so each field says one thing. The
    /// pages run the handler's rules even when the binder refused a field, so one send shows every mistake.
    /// </summary>
    /// <param name="prefix">The form's prefix on a page of several forms ("Profile"), or null.</param>
    public static void AddFieldErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors, IStringLocalizer text, string? prefix = null)
    {
        foreach (var error in errors)
        {
            var key = prefix is null ? error.Field : $"{prefix}.{error.Field}";
            if (state[key] is not { Errors.Count: > 0 })
            {
                state.AddModelError(key, text[error.MessageKey, error.Detail ?? string.Empty]);
            }
        }
    }

    /// <summary>A list item's key names its list: "HarvestMonths[0]" is the field "HarvestMonths".</summary>
    private static string FieldOf(string key) => key.IndexOf('[') is var bracket and >= 0 ? key[..bracket] : key;

    internal static IEnumerable<(string Key, string Message)> All(ModelStateDictionary state) =>
        state.Where(entry => entry.Value?.ValidationState == ModelValidationState.Invalid)
            .SelectMany(entry => (entry.Value?.Errors ?? []).Select(error => (Key: FieldOf(entry.Key), Message: error.ErrorMessage)))
            .Where(error => error.Message.Length > 0)
            .Distinct();
}

/// <summary><c>&lt;field-error for="Profile.Name" /&gt;</c>: the field's messages, always rendered so aria-describedby finds it.</summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public string For { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-validation-error");
        if (!output.Attributes.ContainsName("id"))
        {
            // A partial shown beside another form on one page (the lot fields under a product) names its own ids.
            output.Attributes.SetAttribute("id", FormErrors.MessageId(For));
        }

        output.Content.SetContent(string.Join(" ", FormErrors.Messages(ViewContext.ModelState, For)));
    }
}

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: nothing when the form was accepted; otherwise a box at the top of the form that says
/// how many things to fix and lists each, linked to its field (GOV.UK's error summary pattern: a screen reader hears
/// it first, a phone sees it without scrolling).
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<Text> text) : TagHelper
{
    /// <summary>On a page of several forms, the one whose fields start with this prefix ("Certificate").</summary>
    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    /// <summary>What a partial puts before its inputs' ids ("lot-"), so each link still reaches its field.</summary>
    [HtmlAttributeName("field-id-prefix")]
    public string FieldIdPrefix { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = FormErrors.All(ViewContext.ModelState)
            .Where(error => Prefix is null || error.Key.StartsWith(Prefix + ".", StringComparison.Ordinal))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary validation-summary-errors");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        var list = new TagBuilder("ul");
        foreach (var (key, message) in errors)
        {
            var item = new TagBuilder("li");
            if (key.Length == 0)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + FieldIdPrefix + FormErrors.InputId(key);
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        var title = new TagBuilder("p");
        title.AddCssClass("error-summary-title");
        title.InnerHtml.Append(text["Form.Errors.Title", errors.Count]);
        output.Content.AppendHtml(title);
        output.Content.AppendHtml(list);
    }
}
