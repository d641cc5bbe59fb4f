using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// What the binders of typed form values share: no value leaves the default, an empty one is null (for a nullable
/// field), anything else is parsed or refused with a message under the field.
/// </summary>
internal abstract class TypedTextBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (TryParse(text, bindingContext.ModelMetadata.UnderlyingOrModelType, out var parsed))
        {
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Refusal(bindingContext, text));
        }

        return Task.CompletedTask;
    }

    protected abstract bool TryParse(string text, Type type, out object? value);

    protected virtual string Refusal(ModelBindingContext bindingContext, string text) =>
        bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelName);
}

/// <summary>
/// Quantities arrive from &lt;input type="number"&gt;, which always sends "9.5", while a Vietnamese page would read "9.5"
/// as 95 (dot groups thousands in vi-VN). Read the browser's invariant form first, then "9,5" as typed by hand.
/// </summary>
internal sealed class NumberModelBinder : TypedTextBinder
{
    protected override bool TryParse(string text, Type type, out object? value)
    {
        // One comma and no dot is a decimal comma ("12,5"); otherwise the invariant form, without thousands separators.
        var decimalComma = text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal);
        var parsed = decimal.TryParse(decimalComma ? text.Replace(',', '.') : text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number);
        value = number;
        return parsed;
    }
}

/// <summary>
/// Digits as people write them: "25000", "25.000" or "25,000" or "25 000" (groups of three), a sign in front.
/// Not "0x10" (the default converter reads hexadecimal), not "1e3", not "12.5".
/// </summary>
internal sealed partial class IntegerModelBinder : TypedTextBinder
{
    protected override bool TryParse(string text, Type type, out object? value)
    {
        var digits = GroupedDigits().IsMatch(text) ? GroupSeparators().Replace(text, string.Empty) : text;
        if (PlainDigits().IsMatch(digits) && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && (type == typeof(long) || number is >= int.MinValue and <= int.MaxValue))
        {
            value = type == typeof(long) ? number : (object)(int)number;
            return true;
        }

        value = null;
        return false;
    }

    // Shown under the field itself, so it says what to type rather than naming the field (forms bound to Core records
    // have no display names, and "Profile.MemberCount" means nothing to a person).
    protected override string Refusal(ModelBindingContext bindingContext, string text) =>
        bindingContext.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Marketplace.Localization.Text>>()["Validation.WholeNumber", text];

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}([., ]\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex GroupedDigits();

    [System.Text.RegularExpressions.GeneratedRegex(@"[., ]")]
    private static partial System.Text.RegularExpressions.Regex GroupSeparators();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,19}$")]
    private static partial System.Text.RegularExpressions.Regex PlainDigits();
}

internal sealed class NumberModelBinderProvider : IModelBinderProvider
{
    // A parameter that names its own binder ([FromMemberOrganisation] int) keeps it.
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.BindingInfo.BinderType is not null ? null
        : context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new NumberModelBinder()
        : context.Metadata.UnderlyingOrModelType == typeof(int) || context.Metadata.UnderlyingOrModelType == typeof(long) ? new IntegerModelBinder()
        : null;
}

/// <summary>
/// A checkbox sends "true" (with its hidden "false"), a hand-made form may send "on", "1" or anything. Read the
/// usual spellings; anything else is a field error, and the value shown back is false, so re-rendering the
/// checkbox never fails on "maybe" (the default binder keeps the raw text and the tag helper cannot parse it).
/// </summary>
internal sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var text = value.FirstValue?.Trim() ?? string.Empty;
        bool? parsed = text.ToLowerInvariant() switch
        {
            "true" or "on" or "1" or "yes" => true,
            "false" or "off" or "0" or "no" => false,
            "" => bindingContext.ModelMetadata.IsReferenceOrNullableType ? null : false,
            _ => null,
        };
        if (parsed is null && text.Length > 0)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, attemptedValue: bool.FalseString);
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelName));
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: parsed, attemptedValue: parsed?.ToString() ?? string.Empty);
        bindingContext.Result = ModelBindingResult.Success(parsed);
        return Task.CompletedTask;
    }
}

internal sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.BindingInfo.BinderType is null && context.Metadata.UnderlyingOrModelType == typeof(bool) ? new BooleanModelBinder() : null;
}
