using System.Text.Encodings.Web;
using System.Text.Unicode;
using Marketplace.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>Vietnamese first, English second: resources, culture from the URL, and Vietnamese letters written as themselves.</summary>
internal static class LocalisationModule
{
    public static WebApplicationBuilder AddLocalisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddTexts<SiteTexts>();

        // Without this, Razor writes "Hợp tác xã" as "H&#x1EE3;p t&#xE1;c x&#xE3;": three times the bytes on a weak connection.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((mvc, factory) =>
        {
            var text = factory.Create(typeof(Text));
            var messages = mvc.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Validation.ValueInvalid", value, field]);
            messages.SetValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value, string.Empty]);
            messages.SetValueMustNotBeNullAccessor(_ => text["Validation.ValueMissing"]);
            messages.SetMissingBindRequiredValueAccessor(_ => text["Validation.ValueMissing"]);
            messages.SetMissingKeyOrValueAccessor(() => text["Validation.ValueMissing"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value, string.Empty]);
            messages.SetUnknownValueIsInvalidAccessor(field => text["Validation.ValueInvalid", string.Empty, field]);
            messages.SetValueMustBeANumberAccessor(field => text["Validation.ValueInvalid", string.Empty, field]);
        });
        return builder;
    }

    public static WebApplication UseLocalisation(this WebApplication app)
    {
        app.UseMiddleware<CulturePrefixMiddleware>();
        return app;
    }
}
